using PmemSpec.Invariants;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Runner;

/// <summary>
/// A minimal, replayable violation: the invariant, the shrunk sequence, what was expected and what
/// happened at the failing step, the kernel event trace of the minimal run, and the seed.
/// </summary>
/// <param name="Invariant">The invariant broken.</param>
/// <param name="Sequence">The minimal sequence, with profile, era and seed headers (the replay input).</param>
/// <param name="FailingStep">Index of the failing operation in the minimal sequence.</param>
/// <param name="Expected">What the rule allowed.</param>
/// <param name="Actual">What the device did.</param>
/// <param name="Trace">The kernel event trace of the minimal run.</param>
/// <param name="OriginalLength">Length of the sequence before shrinking.</param>
public sealed record Counterexample(Invariant Invariant, OpSequence Sequence, int FailingStep, string Expected, string Actual,
    IReadOnlyList<string> Trace, int OriginalLength)
{
    /// <summary>The text to save and replay (<c>pmemspec replay FILE</c>).</summary>
    public string ReplayText => SequenceText.Format(Sequence);

    /// <summary>A one-line replay command.</summary>
    public string ReplayCommand => $"pmemspec replay <file with the sequence below> --profile {Sequence.Profile}";
}
