namespace PmemSpec.Conformance.Reports;

/// <summary>A <c>pmemspec-report/1</c> file read back: the run's options and the candidates, enough to replay each violation.</summary>
/// <param name="KitVersion">The version of the kit that wrote it.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="Sequences">Sequences per candidate.</param>
/// <param name="MaxOps">Operations per sequence at most.</param>
/// <param name="Invariants">The invariant filter (empty for all).</param>
/// <param name="Era">The era asked for, or null for each profile's own.</param>
/// <param name="Candidates">The candidates in report order.</param>
public sealed record ReportedRun(string KitVersion, ulong Seed, int Sequences, int MaxOps, IReadOnlyList<string> Invariants, Era? Era,
    IReadOnlyList<ReportedCandidate> Candidates)
{
    /// <summary>The violations with their candidates, in report order.</summary>
    public IEnumerable<(ReportedCandidate Candidate, ReportedViolation Violation)> Violations =>
        Candidates.Where(c => c.Violation is not null).Select(c => (c, c.Violation!));
}
