namespace PmemSpec.Bench;

/// <summary>How fast one mutant was killed and shrunk.</summary>
/// <param name="Name">The mutant.</param>
/// <param name="Expected">The invariant that must kill it.</param>
/// <param name="KilledBy">The invariant that did, or null when it survived.</param>
/// <param name="Sequences">Sequences run up to and including the killing one.</param>
/// <param name="UntilKilled">Time from the first sequence to the violation (generation and execution).</param>
/// <param name="Shrinking">Time to shrink the counterexample.</param>
/// <param name="OriginalLength">Operations in the failing sequence before shrinking.</param>
/// <param name="ShrunkLength">Operations in the minimal counterexample.</param>
internal sealed record MutantFigures(string Name, string Expected, string? KilledBy, int Sequences, TimeSpan UntilKilled,
    TimeSpan Shrinking, int OriginalLength, int ShrunkLength)
{
    /// <summary>True when the expected invariant killed it.</summary>
    public bool KilledAsExpected => KilledBy == Expected;
}
