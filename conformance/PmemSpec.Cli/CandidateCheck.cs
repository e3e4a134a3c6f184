using System.CommandLine;
using PmemSpec.Conformance.Candidates;
using PmemSpec.Conformance.Isolation;
using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;

namespace PmemSpec.Cli;

/// <summary><c>check PATH</c>: loads the candidates, runs each suite that applies to each (device, raw block-device DAX) in child processes, prints a row each and every counterexample.</summary>
internal static class CandidateCheck
{
    public static int Run(string path, ParseResult parse, CandidateOptions candidate, string[] profiles, RunOptions options, List<CandidateResult> results,
        Progress progress, TextWriter output, TextWriter error)
    {
        Era? era = null;
        if (parse.GetValue(candidate.Era) is { } name)
        {
            if (!EraRules.TryParse(name, out var parsed)) return CliOptions.Fail(error, $"unknown era '{name}' (known: {string.Join(", ", Enum.GetValues<Era>().Select(e => e.Display()))})");
            era = parsed;
        }
        if (candidate.Limits(parse, error) is not { } limits) return 2;
        var load = CandidateSource.Load(path);
        if (!load.Succeeded)
        {
            foreach (var line in load.Errors) error.WriteLine(ErrorLine(line));
            return 2;
        }
        if (CandidateSelection.Rows(load.Candidates, profiles, era, options, error) is not { } rows) return 2;
        var launch = SelfLaunch.Worker();
        using var runner = new IsolatedRunner(load.Image!, limits, launch);
        try
        {
            return CandidateTable.Write(rows, row =>
            {
                var report = runner.Check(row, options, era, progress.For(row.Name));
                progress.Done();
                if (!report.Conforms) progress.Found++;
                if (report.NotApplicable is null) results.Add(CandidateResults.From(row, report, options, era, path));
                return report;
            }, options, path, output);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return CliOptions.Fail(error, $"could not start a worker process ({launch.FileName} {string.Join(' ', launch.Arguments)}): {e.Message}");
        }
    }

    /// <summary>A load error as printed: compile diagnostics and indented notes as they are, the rest after <c>error:</c>.</summary>
    public static string ErrorLine(string line) =>
        line.StartsWith(' ') || line.Contains(": error CS", StringComparison.Ordinal) ? line : $"error: {line}";
}
