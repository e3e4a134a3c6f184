using System.Globalization;
using PmemSpec.Conformance.Candidates;
using PmemSpec.Conformance.Isolation;
using PmemSpec.Conformance.Runner;

namespace PmemSpec.Cli;

/// <summary>Checks each candidate and prints its row, then each counterexample in full with its kind.</summary>
internal static class CandidateTable
{
    public static int Write(IReadOnlyList<CandidateType> candidates, Func<CandidateType, CandidateReport> check, RunOptions options,
        string path, TextWriter output)
    {
        var width = Math.Max("candidate".Length, candidates.Max(c => c.Name.Length));
        output.WriteLine($"{"candidate".PadRight(width)} {"era",-5} {"sequences",9} {"operations",10} {"result",-13} {"time",8}");
        var reports = new List<CandidateReport>();
        foreach (var candidate in candidates)
        {
            var report = check(candidate);
            reports.Add(report);
            var time = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + "s";
            var result = report.Counterexample?.Kind ?? "conforms";
            output.WriteLine($"{report.Candidate.PadRight(width)} {report.Era.Display(),-5} {report.Sequences,9} {report.Operations,10} {result,-13} {time,8}");
        }
        foreach (var report in reports.Where(r => !r.Conforms))
            IsolatedCounterexampleText.Write(report.Counterexample!, output, path);
        var failed = reports.Count(r => !r.Conforms);
        output.WriteLine($"{reports.Count} candidates, {reports.Count - failed} conform, {failed} with counterexamples (seed {options.Seed})");
        return failed == 0 ? 0 : 1;
    }
}
