using PmemSpec.Conformance.Runner;
using PmemSpec.Invariants;
using PmemSpec.Invariants.User;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Isolation;

/// <summary>A <see cref="Counterexample"/> as it crosses the process boundary: the invariant by ID, the sequence as text.</summary>
internal sealed record WorkerCounterexample(string Invariant, string Sequence, int FailingStep, string Expected, string Actual,
    IReadOnlyList<string> Trace, int OriginalLength)
{
    public static WorkerCounterexample From(Counterexample cx) =>
        new(cx.Invariant.Id, cx.ReplayText, cx.FailingStep, cx.Expected, cx.Actual, cx.Trace, cx.OriginalLength);

    public Counterexample ToCounterexample() =>
        new(InvariantCatalogue.Find(Invariant) ?? UserInvariantCatalogue.Find(Invariant)?.Rule ?? throw new InvalidDataException($"the worker named an unknown invariant {Invariant}"), SequenceText.Parse(Sequence, "the worker's counterexample"), FailingStep, Expected, Actual, Trace, OriginalLength);
}
