using System.Globalization;
using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;

namespace PmemSpec.Cli;

/// <summary>Runs the suite per profile and prints the table, then each counterexample in full.</summary>
internal static class CheckTable
{
    public static int Write(IReadOnlyList<DeviceProfile> profiles, RunOptions options, List<CandidateResult> results, Progress progress, TextWriter output)
    {
        output.WriteLine($"{"profile",-10} {"era",-5} {"sequences",9} {"operations",10} {"violations",10} {"time",8}");
        var reports = new List<ProfileReport>();
        foreach (var profile in profiles)
        {
            var report = ConformanceRunner.Check(profile, options, observer: progress.For(profile.Name));
            progress.Done();
            if (!report.Conforms) progress.Found++;
            reports.Add(report);
            results.Add(CandidateResult.For(profile.Name, profile, report, options));
            var time = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + "s";
            output.WriteLine($"{report.Profile,-10} {report.Era.Display(),-5} {report.Sequences,9} {report.Operations,10} {(report.Conforms ? 0 : 1),10} {time,8}");
        }
        foreach (var report in reports.Where(r => !r.Conforms))
            CounterexampleText.Write(report.Counterexample!, output);
        var failed = reports.Count(r => !r.Conforms);
        output.WriteLine($"{reports.Count} profiles, {reports.Count - failed} conform, {failed} with violations (seed {options.Seed})");
        return failed == 0 ? 0 : 1;
    }
}
