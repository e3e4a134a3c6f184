using System.Diagnostics;
using PmemSpec.Dax;
using PmemSpec.Generators.Sequences;
using PmemSpec.Invariants;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Runner;

/// <summary>
/// Checks a device profile: generates sequences from the run seed, runs each of its shard against
/// a fresh device and the model, stops at the first violation or when the time budget is spent,
/// shrinks the violation, and returns the report. Same seed and shard, same report (a time budget
/// makes how many sequences run depend on the machine).
/// </summary>
public static class ConformanceRunner
{
    /// <summary>Checks a profile against the selected invariants; <paramref name="observer"/> hears of every sequence run.</summary>
    public static ProfileReport Check(DeviceProfile profile, RunOptions options, CallerFactory? caller = null, SequenceObserver? observer = null) =>
        Check(profile, options, caller, new RunPhases(), observer);

    /// <summary>Like the public <see cref="Check(DeviceProfile, RunOptions, CallerFactory?, SequenceObserver?)"/>, recording where the time went.</summary>
    internal static ProfileReport Check(DeviceProfile profile, RunOptions options, CallerFactory? caller, RunPhases phases, SequenceObserver? observer = null)
    {
        var watch = Stopwatch.StartNew();
        var invariants = InvariantCatalogue.Select(options.Invariants ?? [], out _);
        observer?.Invoke(-1, false, 0);
        var probe = SequenceRunner.Run(profile, [], invariants, caller);
        if (!probe.Passed) return Report(profile, 0, 0, watch, Minimal(profile, [], probe, null, invariants, caller, () => observer?.Invoke(-1, true, 0)));
        var source = new SequenceSource(profile, profile.Create(profile.NewKernel()).Traits, options);
        long operations = 0;
        var ran = 0;
        for (var i = 0; i < options.Sequences; i++)
        {
            if (!options.InShard(i)) continue;
            if (options.TimeBudget is { } budget && watch.Elapsed >= budget) break;
            ran++;
            observer?.Invoke(i, false, operations);
            var start = Stopwatch.GetTimestamp();
            var ops = source.Ops(i);
            start = phases.Generated(start);
            var run = SequenceRunner.Run(profile, ops, invariants, caller);
            start = phases.Executed(start);
            operations += run.Executed.Count;
            var (index, total) = (i, operations);
            if (!run.Passed)
            {
                var minimal = Minimal(profile, ops, run, options.SequenceSeed(i), invariants, caller, () => observer?.Invoke(index, true, total));
                phases.Shrunk(start);
                return Report(profile, ran, operations, watch, minimal);
            }
        }
        return Report(profile, ran, operations, watch, null);
    }

    private static ProfileReport Report(DeviceProfile profile, int sequences, long operations, Stopwatch watch, Counterexample? cx) =>
        new(profile.Name, profile.Era, sequences, operations, watch.Elapsed, cx);

    private static Counterexample Minimal(DeviceProfile profile, IReadOnlyList<DeviceOp> original, SequenceRun failing, ulong? seed,
        IReadOnlyList<Invariant> invariants, CallerFactory? caller, Action attempt)
    {
        var id = failing.Broken!.Id;
        SequenceRun Run(IReadOnlyList<DeviceOp> ops)
        {
            attempt();
            return SequenceRunner.Run(profile, ops, invariants, caller);
        }
        var shrunk = failing.Executed.Count <= 1 ? failing.Executed : SequenceShrinker.Shrink(failing.Executed, ops => Run(ops).Broken?.Id == id);
        var final = Run(shrunk);
        var trace = final.Kernel?.Trace.Events.Select(e => e.ToString()).ToList() ?? [];
        return new Counterexample(final.Broken!, new OpSequence(profile.Name, profile.Era, seed, final.Executed), final.FailingStep,
            final.Failure!.Expected, final.Failure.Actual, trace, original.Count);
    }
}
