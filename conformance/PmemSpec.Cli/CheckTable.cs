using System.Globalization;
using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;

namespace PmemSpec.Cli;

/// <summary>Runs the suite per target and prints the table, then each counterexample in full.</summary>
internal static class CheckTable
{
    public static int Write(IReadOnlyList<CheckTarget> targets, RunOptions options, List<CandidateResult> results, Progress progress, TextWriter output)
    {
        var width = Math.Max(10, targets.Max(t => t.Name.Length));
        output.WriteLine($"{"profile".PadRight(width)} {"era",-5} {"sequences",9} {"operations",10} {"violations",10} {"time",8}");
        var reports = new List<ProfileReport>();
        foreach (var target in targets)
        {
            var report = target.Check(options, progress.For(target.Name));
            progress.Done();
            if (!report.Conforms) progress.Found++;
            reports.Add(report);
            results.Add(target.Result(report, options));
            var time = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + "s";
            output.WriteLine($"{report.Profile.PadRight(width)} {report.Era.Display(),-5} {report.Sequences,9} {report.Operations,10} {(report.Conforms ? 0 : 1),10} {time,8}");
        }
        foreach (var report in reports.Where(r => !r.Conforms))
            CounterexampleText.Write(report.Counterexample!, output);
        var failed = reports.Count(r => !r.Conforms);
        output.WriteLine($"{reports.Count} profiles, {reports.Count - failed} conform, {failed} with violations (seed {options.Seed})");
        return failed == 0 ? 0 : 1;
    }
}
