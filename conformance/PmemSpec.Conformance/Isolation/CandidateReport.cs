namespace PmemSpec.Conformance.Isolation;

/// <summary>The result of checking one candidate in child processes.</summary>
/// <param name="Candidate">The candidate's name.</param>
/// <param name="Era">The era checked.</param>
/// <param name="Sequences">Sequences run (up to and including a failing one).</param>
/// <param name="Operations">Operations executed in them (before shrinking).</param>
/// <param name="Elapsed">Wall time, shrinking included.</param>
/// <param name="Counterexample">The minimal failure, or null when the candidate conforms.</param>
public sealed record CandidateReport(string Candidate, Era Era, int Sequences, long Operations, TimeSpan Elapsed, IsolatedCounterexample? Counterexample)
{
    /// <summary>For a user-level row: whether the worker found the driver's raw-DAX entries devmap.</summary>
    public bool DevmapEntries { get; init; }

    /// <summary>Why the suite does not apply to the candidate (nothing ran, nothing failed), or null.</summary>
    public string? NotApplicable { get; init; }

    /// <summary>True when nothing failed.</summary>
    public bool Conforms => Counterexample is null;
}
