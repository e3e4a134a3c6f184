using System.Globalization;
using PmemSpec.Conformance.Candidates;
using PmemSpec.Conformance.Isolation;
using PmemSpec.Conformance.Runner;

namespace PmemSpec.Cli;

/// <summary>
/// Runs each suite row and prints it, then why any row did not apply, then each counterexample in
/// full with its kind; the summary counts candidates, one conforming when all its rows do.
/// </summary>
internal static class CandidateTable
{
    public static int Write(IReadOnlyList<CandidateSuite> rows, Func<CandidateSuite, CandidateReport> check, RunOptions options,
        string path, TextWriter output)
    {
        var width = Math.Max("candidate".Length, rows.Max(c => c.Name.Length));
        output.WriteLine($"{"candidate".PadRight(width)} {"era",-5} {"sequences",9} {"operations",10} {"result",-13} {"time",8}");
        var reports = new List<CandidateReport>();
        foreach (var row in rows)
        {
            var report = check(row);
            reports.Add(report);
            var time = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + "s";
            var result = report.Counterexample?.Kind ?? (report.NotApplicable is null ? "conforms" : "n/a");
            output.WriteLine($"{report.Candidate.PadRight(width)} {report.Era.Display(),-5} {report.Sequences,9} {report.Operations,10} {result,-13} {time,8}");
        }
        foreach (var report in reports.Where(r => r.NotApplicable is not null))
            output.WriteLine($"{report.Candidate}: not applicable: {report.NotApplicable}");
        foreach (var report in reports.Where(r => !r.Conforms))
            IsolatedCounterexampleText.Write(report.Counterexample!, output, path);
        var candidates = rows.Select(r => r.Candidate).Distinct().ToList();
        var failed = candidates.Count(c => rows.Zip(reports).Any(p => p.First.Candidate == c && !p.Second.Conforms));
        output.WriteLine($"{candidates.Count} candidates, {candidates.Count - failed} conform, {failed} with counterexamples (seed {options.Seed})");
        return failed == 0 ? 0 : 1;
    }
}
