using PmemSpec.Conformance.Runner;

namespace PmemSpec.Conformance.Reports;

/// <summary>
/// Everything a report file says about one <c>pmemspec check</c> run: the kit version, the run's
/// options, the era asked for, and one result per candidate. The same input gives the same bytes:
/// no timestamps, host names or absolute paths, and wall times only with <see cref="IncludeTimings"/>.
/// </summary>
/// <param name="KitVersion">The kit's version string, as the caller wants it shown.</param>
/// <param name="Options">The run's seed, sequences, operations per sequence and invariant filter.</param>
/// <param name="Era">The era asked for (<c>--era</c>), or null when each profile was checked in its own.</param>
/// <param name="Candidates">The candidates, in the order they were checked.</param>
public sealed record CheckReport(string KitVersion, RunOptions Options, Era? Era, IReadOnlyList<CandidateResult> Candidates)
{
    /// <summary>Include each candidate's wall time (off by default: timings make reports differ run to run).</summary>
    public bool IncludeTimings { get; init; }

    /// <summary>True when every candidate conforms.</summary>
    public bool Conforms => Candidates.All(c => c.Report.Conforms);
}
