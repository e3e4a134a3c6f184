using System.Diagnostics;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.User;
using PmemSpec.Operations;

namespace PmemSpec.Bench;

/// <summary>
/// Measures one user-level profile on the sequences <c>pmemspec check</c> draws: the user runner
/// with every user invariant, the drawing of those sequences alone, and the same sequences run with
/// no invariant. One warm-up pass, then the fastest of the measured passes, each figure on its own
/// (the generation is timed apart, so it is not tied to the fastest checked pass).
/// </summary>
internal static class UserBench
{
    /// <summary>The figures of <paramref name="profile"/>.</summary>
    /// <remarks>Context: single-threaded; allocates a machine per sequence and keeps every sequence of a pass.</remarks>
    /// <exception cref="InvalidOperationException">The reference profile does not conform, or the unchecked run executed other steps.</exception>
    public static UserFigures Measure(UserProfile profile, BenchOptions options)
    {
        var run = new RunOptions(options.Seed, options.Sequences, options.MaxOps);
        var generated = Generate(profile, run);
        var best = (Checked: TimeSpan.MaxValue, Generation: TimeSpan.MaxValue, NoInvariants: TimeSpan.MaxValue);
        long steps = 0;
        for (var pass = 0; pass <= options.Passes; pass++)
        {
            var report = UserConformanceRunner.Check(profile, run);
            if (!report.Conforms) throw new InvalidOperationException($"{profile.Name} broke {report.Counterexample!.Invariant.Id}; nothing to benchmark");
            var generation = Time(() => Draw(profile, run));
            var noInvariants = Time(() => steps = Unchecked(profile, generated));
            if (steps != report.Operations) throw new InvalidOperationException($"{profile.Name}: {steps} steps unchecked, {report.Operations} checked");
            if (pass == 0) continue;
            best = (Min(best.Checked, report.Elapsed), Min(best.Generation, generation), Min(best.NoInvariants, noInvariants));
        }
        return new UserFigures(profile.Name, run.Sequences, steps, best.Checked, best.Generation, best.NoInvariants);
    }

    private static List<IReadOnlyList<DeviceOp>> Generate(UserProfile profile, RunOptions run)
    {
        var source = new UserSequenceSource(profile.Facts, run);
        return [.. Enumerable.Range(0, run.Sequences).Select(source.Ops)];
    }

    /// <summary>Draws every sequence and drops it at once, as the runner does (keeping them all would time the GC too).</summary>
    private static long Draw(UserProfile profile, RunOptions run)
    {
        var source = new UserSequenceSource(profile.Facts, run);
        long ops = 0;
        for (var i = 0; i < run.Sequences; i++) ops += source.Ops(i).Count;
        return ops;
    }

    private static long Unchecked(UserProfile profile, List<IReadOnlyList<DeviceOp>> sequences) =>
        sequences.Sum(ops => (long)UserSequenceRunner.Run(profile, ops, []).Executed.Count);

    private static TimeSpan Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
