using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;
using PmemSpec.Generators.Sequences;
using PmemSpec.Invariants;
using PmemSpec.Operations;

namespace PmemSpec.Bench;

/// <summary>
/// Measures one profile three ways on the same sequences: the conformance runner with every
/// invariant (generation timed apart), the runner with no invariant, and the executed operations
/// called bare on a fresh driver. One warm-up pass, then the fastest of the measured passes.
/// </summary>
internal static class ProfileBench
{
    /// <summary>The figures of <paramref name="profile"/>.</summary>
    /// <exception cref="InvalidOperationException">The reference profile does not conform (nothing to measure).</exception>
    public static ProfileFigures Measure(DeviceProfile profile, BenchOptions options)
    {
        var run = new RunOptions(options.Seed, options.Sequences, options.MaxOps);
        var generated = Generate(profile, run);
        var executed = generated.Select(ops => SequenceRunner.Run(profile, ops, InvariantCatalogue.All).Executed).ToList();
        var bare = new BareReplay(profile, executed);
        var best = (Checked: TimeSpan.MaxValue, Generation: TimeSpan.Zero, NoInvariants: TimeSpan.MaxValue, Bare: TimeSpan.MaxValue);
        for (var pass = 0; pass <= options.Passes; pass++)
        {
            var phases = new RunPhases();
            var report = ConformanceRunner.Check(profile, run, null, phases);
            if (!report.Conforms) throw new InvalidOperationException($"{profile.Name} broke {report.Counterexample!.Invariant.Id}; nothing to benchmark");
            var noInvariants = Time(() => generated.ForEach(ops => SequenceRunner.Run(profile, ops, [])));
            var bareTime = Time(bare.Run);
            if (pass == 0) continue;
            if (phases.Generation + phases.Execution < best.Checked) (best.Checked, best.Generation) = (phases.Generation + phases.Execution, phases.Generation);
            best.NoInvariants = Min(best.NoInvariants, noInvariants);
            best.Bare = Min(best.Bare, bareTime);
        }
        return new ProfileFigures(profile.Name, run.Sequences, executed.Sum(ops => (long)ops.Count), best.Checked, best.Generation, best.NoInvariants, best.Bare);
    }

    private static List<IReadOnlyList<DeviceOp>> Generate(DeviceProfile profile, RunOptions run)
    {
        var gen = SequenceGen.For(profile, profile.Create(profile.NewKernel()).Traits, run.MaxOps);
        return [.. Enumerable.Range(0, run.Sequences).Select(i => gen.Sample(1, new Rnd(run.SequenceSeed(i)), run.MaxOps)[0].Ops)];
    }

    private static TimeSpan Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
