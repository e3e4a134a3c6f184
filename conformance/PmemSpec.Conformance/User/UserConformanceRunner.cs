using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Conformance.Runner;
using PmemSpec.Generators.Sequences;
using PmemSpec.Generators.User;
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
    /// <summary>Checks a profile against the selected user invariants (<see cref="RunOptions.Invariants"/>: IDs or families; all when empty).</summary>
    /// <remarks>Context: process; single-threaded; allocates a machine per sequence.</remarks>
    public static ProfileReport Check(UserProfile profile, RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var invariants = UserInvariantCatalogue.Select(options.Invariants ?? []);
        var probe = UserSequenceRunner.Run(profile, [], invariants);
        if (!probe.Passed) return Report(profile, 0, 0, watch, Minimal(profile, [], probe, null, invariants));
        var gen = UserSequenceGen.For(profile.Facts, options.MaxOps);
        long operations = 0;
        for (var i = 0; i < options.Sequences; i++)
        {
            var seed = options.SequenceSeed(i);
            var ops = gen.Sample(1, new Rnd(seed), options.MaxOps)[0].Ops;
            var run = UserSequenceRunner.Run(profile, ops, invariants);
            operations += run.Executed.Count;
            if (!run.Passed) return Report(profile, i + 1, operations, watch, Minimal(profile, ops, run, seed, invariants));
        }
        return Report(profile, options.Sequences, operations, watch, null);
    }

    private static ProfileReport Report(UserProfile profile, int sequences, long operations, Stopwatch watch, Counterexample? cx) =>
        new(profile.Name, profile.Era, sequences, operations, watch.Elapsed, cx);

    private static Counterexample Minimal(UserProfile profile, IReadOnlyList<DeviceOp> original, UserSequenceRun failing, ulong? seed,
        IReadOnlyList<UserInvariant> invariants)
    {
        var id = failing.Broken!.Id;
        var shrunk = failing.Executed.Count <= 1 ? failing.Executed
            : SequenceShrinker.Shrink(failing.Executed, ops => UserSequenceRunner.Run(profile, ops, invariants).Broken?.Id == id);
        var final = UserSequenceRunner.Run(profile, shrunk, invariants);
        var trace = final.Kernel?.Trace.Events.Select(e => e.ToString()).ToList() ?? [];
        return new Counterexample(final.Broken!.Rule, new OpSequence(profile.Name, profile.Era, seed, final.Executed), final.FailingStep,
            final.Failure!.Expected, final.Failure.Actual, trace, original.Count);
    }
}
