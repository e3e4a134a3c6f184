using PmemSpec.Conformance.Runner;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Isolation;

/// <summary>
/// A minimal failing sequence found by an isolated check, and its <see cref="Kind"/>: an invariant
/// violation or a thrown exception found inside the child process (with the full
/// <see cref="Violation"/>), or a child that died, hung or exited (with what the kit observed).
/// </summary>
/// <param name="Kind">One of <see cref="CounterexampleKind"/>: violation, crash, hang, exit, out-of-memory.</param>
/// <param name="Sequence">The minimal sequence (profile = candidate name, era, seed of the generated sequence).</param>
/// <param name="OriginalLength">Length of the generated sequence before shrinking.</param>
/// <param name="Detail">What happened, for people (the invariant broken, or how the process ended).</param>
/// <param name="Violation">The in-process counterexample (invariant, expected, actual, trace), or null for a process fault.</param>
public sealed record IsolatedCounterexample(string Kind, OpSequence Sequence, int OriginalLength, string Detail, Counterexample? Violation)
{
    /// <summary>The text to save and replay.</summary>
    public string ReplayText => SequenceText.Format(Sequence);
}
