using System.Globalization;
using System.Text;

namespace PmemSpec.Conformance.Reports;

/// <summary>
/// The report for people: the run, a summary table with one row per candidate, then one section per
/// violation (invariant, statement and source, minimal sequence, expected vs actual, event trace,
/// replay command and a ready-to-paste xunit test).
/// </summary>
public static class MarkdownReport
{
    /// <summary>The report as Markdown (LF line ends); the same report gives the same text.</summary>
    public static string Write(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# PmemSpec conformance report\n\n");
        md.Append(RunLine(report)).Append("\n\n");
        Summary(md, report);
        var violating = report.Candidates.Where(c => !c.Report.Conforms).ToList();
        md.Append(violating.Count == 0 ? "\nEvery candidate conforms.\n" : "");
        foreach (var candidate in violating) MarkdownViolation.Write(md, report, candidate);
        return md.ToString();
    }

    private static string RunLine(CheckReport r)
    {
        var o = r.Options;
        var invariants = o.Invariants is { Count: > 0 } f ? string.Join(", ", f) : "all";
        var era = r.Era?.Display() ?? "each profile's own";
        return string.Create(CultureInfo.InvariantCulture,
            $"pmemspec {r.KitVersion} · seed {o.Seed} · {o.Sequences} sequences of at most {o.MaxOps} operations · invariants: {invariants} · era: {era}");
    }

    private static void Summary(StringBuilder md, CheckReport report)
    {
        md.Append("| candidate | profile | era | result | invariants checked | sequences | operations |");
        md.Append(report.IncludeTimings ? " time |\n|---|---|---|---|---|---|---|---|\n" : "\n|---|---|---|---|---|---|---|\n");
        foreach (var c in report.Candidates)
        {
            var result = c.Report.Counterexample is { } cx ? $"**{c.Kind.Text()}** [{cx.Invariant.Id}](#{MarkdownText.Anchor(c, cx)})" : "conforms";
            md.Append(CultureInfo.InvariantCulture,
                $"| {MarkdownText.Cell(c.Name)} | {MarkdownText.Cell(c.Report.Profile)} | {c.Report.Era.Display()} | {result} | {c.Checked.Count} | {c.Report.Sequences} | {c.Report.Operations} |");
            if (report.IncludeTimings) md.Append(CultureInfo.InvariantCulture, $" {c.Report.Elapsed.TotalSeconds:0.00} s |");
            md.Append('\n');
        }
    }
}
