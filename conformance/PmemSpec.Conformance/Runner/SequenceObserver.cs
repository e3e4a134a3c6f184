namespace PmemSpec.Conformance.Runner;

/// <summary>Told before each sequence run of a check: the construction probe (index -1), each generated sequence, each shrink attempt.</summary>
/// <param name="index">The generated sequence's index (-1 for the probe); while shrinking, the index of the failing sequence.</param>
/// <param name="shrinking">True for shrink attempts and the final minimal run.</param>
/// <param name="operations">Operations executed so far in the check.</param>
public delegate void SequenceObserver(int index, bool shrinking, long operations);
