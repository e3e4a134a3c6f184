using PmemSpec.Conformance.Candidates;
using PmemSpec.Conformance.Isolation;
using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;
using PmemSpec.Invariants;

namespace PmemSpec.Cli;

/// <summary>Turns what the isolation layer reports about a candidate into a report entry.</summary>
internal static class CandidateResults
{
    /// <summary>
    /// The report entry of one candidate. A process fault (crash, hang, exit, out-of-memory) has
    /// no invariant check behind it; it is reported against EXC-001, the plug-in boundary, with the
    /// fault's kind and detail.
    /// </summary>
    public static CandidateResult From(CandidateType candidate, CandidateReport report, RunOptions options, string path)
    {
        var profile = new DeviceProfile(candidate.Name, report.Era, candidate.CapacitySectors, $"candidate {candidate.TypeName}",
            _ => throw new InvalidOperationException("candidate code runs only in a worker process")) { Capabilities = candidate.Capabilities };
        var cx = report.Counterexample is { } iso ? iso.Violation ?? Fault(iso) : null;
        var profileReport = new ProfileReport(candidate.Name, report.Era, report.Sequences, report.Operations, report.Elapsed, cx);
        return CandidateResult.For(candidate.Name, profile, profileReport, options) with
        {
            TypeName = candidate.TypeName,
            Source = Path.IsPathRooted(path) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(path)) : path,
            Kind = Kind(report.Counterexample?.Kind),
        };
    }

    private static Counterexample Fault(IsolatedCounterexample iso) =>
        new(InvariantCatalogue.Find("EXC-001")!, iso.Sequence, iso.Sequence.Ops.Count - 1, "the candidate's process finishes the sequence",
            iso.Detail, [], iso.OriginalLength);

    private static Conformance.Reports.CounterexampleKind Kind(string? kind) => kind switch
    {
        null or "violation" => Conformance.Reports.CounterexampleKind.Violation,
        "crash" => Conformance.Reports.CounterexampleKind.Crash,
        "hang" => Conformance.Reports.CounterexampleKind.Hang,
        "exit" => Conformance.Reports.CounterexampleKind.Exit,
        "out-of-memory" => Conformance.Reports.CounterexampleKind.OutOfMemory,
        _ => Conformance.Reports.CounterexampleKind.Exception,
    };
}
