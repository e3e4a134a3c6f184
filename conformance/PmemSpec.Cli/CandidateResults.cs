using PmemSpec.Conformance.Candidates;
using PmemSpec.Conformance.Isolation;
using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;
using PmemSpec.Invariants;
using PmemSpec.Invariants.User;

namespace PmemSpec.Cli;

/// <summary>Turns what the isolation layer reports about a candidate into a report entry.</summary>
internal static class CandidateResults
{
    /// <summary>
    /// The report entry of one candidate. A process fault (crash, hang, exit, out-of-memory) has
    /// no invariant check behind it; it is reported against the plug-in boundary (EXC-001, or EXC-101
    /// for a user-level row), with the fault's kind and detail.
    /// </summary>
    public static CandidateResult From(CandidateSuite row, CandidateReport report, RunOptions options, Era? era, string path)
    {
        var candidate = row.Candidate;
        var capacity = row.Over?.CapacitySectors ?? (row.UserLevel ? candidate.UserCapacitySectors : candidate.CapacitySectors);
        var profile = new DeviceProfile(row.Name, report.Era, capacity, $"candidate {candidate.TypeName}",
            _ => throw new InvalidOperationException("candidate code runs only in a worker process")) { Capabilities = candidate.Capabilities };
        var cx = report.Counterexample is { } iso ? iso.Violation ?? Fault(iso, row.UserLevel ? "EXC-101" : "EXC-001") : null;
        var profileReport = new ProfileReport(row.Name, report.Era, report.Sequences, report.Operations, report.Elapsed, cx);
        return new CandidateResult(row.Name, profile, profileReport, row.Rules(options, era))
        {
            TypeName = candidate.TypeName,
            UserLevel = row.UserLevel ? new UserLevelRun(candidate.Contract == CandidateContract.FaultHandler, row.Over?.Name, report.DevmapEntries) : null,
            Source = Path.IsPathRooted(path) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(path)) : path,
            Kind = Kind(report.Counterexample?.Kind),
        };
    }

    private static Counterexample Fault(IsolatedCounterexample iso, string boundary) =>
        new(InvariantCatalogue.Find(boundary) ?? UserInvariantCatalogue.Find(boundary)!.Rule, iso.Sequence, iso.Sequence.Ops.Count - 1, "the candidate's process finishes the sequence",
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
