using System.Diagnostics;
using PmemSpec.Conformance.Runner;
using PmemSpec.Generators.Sequences;
using PmemSpec.Invariants.User;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.User;

/// <summary>
/// Checks a raw block-device DAX profile with user-level sequences: generates them from the run
/// seed, runs each on a fresh machine and the model, stops at the first violation, shrinks it with
/// <see cref="SequenceShrinker"/>, and returns the same report and counterexample types as the
/// device runner. Same seed, same report.
/// </summary>
public static class UserConformanceRunner
{
    /// <summary>
    /// Checks a profile against the selected user invariants (<see cref="RunOptions.Invariants"/>: IDs
    /// or families; all when empty), in the options' shard and time budget; <paramref name="observer"/>
    /// hears of every sequence run (the set-up probe, each sequence, each shrink attempt).
    /// </summary>
    /// <remarks>Context: process; single-threaded; allocates a machine per sequence.</remarks>
    public static ProfileReport Check(UserProfile profile, RunOptions options, SequenceObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var invariants = UserInvariantCatalogue.Select(options.Invariants ?? []);
        observer?.Invoke(-1, false, 0);
        var probe = UserSequenceRunner.Run(profile, [], invariants);
        if (!probe.Passed) return Report(profile, 0, 0, watch, Minimal(profile, [], probe, null, invariants, () => observer?.Invoke(-1, true, 0)));
        var source = new UserSequenceSource(profile.Facts, options);
        long operations = 0;
        var ran = 0;
        for (var i = 0; i < options.Sequences; i++)
        {
            if (!options.InShard(i)) continue;
            if (options.TimeBudget is { } budget && watch.Elapsed >= budget) break;
            ran++;
            observer?.Invoke(i, false, operations);
            var ops = source.Ops(i);
            var run = UserSequenceRunner.Run(profile, ops, invariants);
            operations += run.Executed.Count;
            var (index, total) = (i, operations);
            if (!run.Passed)
                return Report(profile, ran, operations, watch, Minimal(profile, ops, run, options.SequenceSeed(i), invariants, () => observer?.Invoke(index, true, total)));
        }
        return Report(profile, ran, operations, watch, null);
    }

    private static ProfileReport Report(UserProfile profile, int sequences, long operations, Stopwatch watch, Counterexample? cx) =>
        new(profile.Name, profile.Era, sequences, operations, watch.Elapsed, cx);

    private static Counterexample Minimal(UserProfile profile, IReadOnlyList<DeviceOp> original, UserSequenceRun failing, ulong? seed,
        IReadOnlyList<UserInvariant> invariants, Action attempt)
    {
        var id = failing.Broken!.Id;
        UserSequenceRun Run(IReadOnlyList<DeviceOp> ops)
        {
            attempt();
            return UserSequenceRunner.Run(profile, ops, invariants);
        }
        var shrunk = failing.Executed.Count <= 1 ? failing.Executed : SequenceShrinker.Shrink(failing.Executed, ops => Run(ops).Broken?.Id == id);
        var final = Run(shrunk);
        var trace = final.Kernel?.Trace.Events.Select(e => e.ToString()).ToList() ?? [];
        return new Counterexample(final.Broken!.Rule, new OpSequence(profile.Name, profile.Era, seed, final.Executed), final.FailingStep,
            final.Failure!.Expected, final.Failure.Actual, trace, original.Count);
    }
}
