namespace PmemSpec.Conformance.Runner;

/// <summary>The result of checking one profile: how much ran, and the counterexample if one was found.</summary>
/// <param name="Profile">The profile's name.</param>
/// <param name="Era">The era checked.</param>
/// <param name="Sequences">Sequences run (up to and including a failing one).</param>
/// <param name="Operations">Operations executed in those sequences (before shrinking).</param>
/// <param name="Elapsed">Wall time, shrinking included.</param>
/// <param name="Counterexample">The minimal violation, or null when the profile conforms.</param>
public sealed record ProfileReport(string Profile, Era Era, int Sequences, long Operations, TimeSpan Elapsed, Counterexample? Counterexample)
{
    /// <summary>True when no invariant was broken.</summary>
    public bool Conforms => Counterexample is null;
}
