using System.Globalization;
using System.Text;
using PmemSpec.Conformance.Runner;

namespace PmemSpec.Conformance.Reports;

/// <summary>One violation section of the Markdown report.</summary>
internal static class MarkdownViolation
{
    private const string Fence = "```";

    public static void Write(StringBuilder md, CheckReport report, CandidateResult c)
    {
        var cx = c.Report.Counterexample!;
        var inv = cx.Invariant;
        md.Append("\n## ").Append(MarkdownText.Heading(c, cx)).Append("\n\n");
        md.Append("- **invariant:** ").Append(inv.Id).Append(" (").Append(inv.Family).Append(", eras ").Append(inv.Eras).Append(") — ").Append(inv.Statement).Append('\n');
        md.Append("- **source:** ").Append(inv.Source).Append('\n');
        md.Append("- **kind:** ").Append(c.Kind.Text()).Append('\n');
        md.Append("- **candidate:** ").Append(Candidate(c)).Append('\n');
        md.Append(CultureInfo.InvariantCulture, $"- **profile:** {c.Report.Profile}, {c.Report.Era.Display()}, {c.Profile.CapacitySectors} sectors\n");
        Sequence(md, cx);
        md.Append("\n### Expected vs actual\n\n| expected | actual |\n|---|---|\n");
        md.Append("| ").Append(MarkdownText.Cell(cx.Expected)).Append(" | ").Append(MarkdownText.Cell(cx.Actual)).Append(" |\n");
        Block(md, "Event trace", $"{cx.Trace.Count} kernel events of the minimal run:", "text", cx.Trace.Count == 0 ? ["(no kernel events)"] : cx.Trace);
        Replay(md, c, cx);
        md.Append("\n### xunit test\n\nPaste into a test project that references PmemSpec.Conformance and the candidate; it fails until the candidate is fixed.\n\n");
        md.Append(Fence).Append("csharp\n").Append(ReproductionTest.For(report, c)).Append(Fence).Append('\n');
    }

    private static string Candidate(CandidateResult c)
    {
        var parts = new List<string> { c.Name };
        if (c.TypeName is { } type) parts.Add("type " + MarkdownText.Code(type));
        if (c.Source is { } source) parts.Add("from " + MarkdownText.Code(source));
        return string.Join(", ", parts);
    }

    private static void Sequence(StringBuilder md, Counterexample cx)
    {
        var lines = cx.Sequence.Ops.Select((op, i) => string.Create(CultureInfo.InvariantCulture, $"{(i == cx.FailingStep ? ">" : " ")} {i,3}  {op}"));
        var intro = cx.Sequence.Ops.Count == 0 ? "No operation ran: the rule broke while the device was being created on a fresh kernel."
            : string.Create(CultureInfo.InvariantCulture,
                $"{cx.Sequence.Ops.Count} of {cx.OriginalLength} operations after shrinking; step {cx.FailingStep} (marked `>`) breaks the rule.");
        Block(md, "Minimal sequence", intro, "text", cx.Sequence.Ops.Count == 0 ? ["(no operations)"] : lines);
    }

    private static void Replay(StringBuilder md, CandidateResult c, Counterexample cx)
    {
        md.Append("\n### Replay\n\nSave the sequence as ").Append(MarkdownText.Code(ReplayHint.File(cx))).Append(" and run:\n\n");
        md.Append(Fence).Append("sh\n").Append(ReplayHint.Command(c, cx)).Append('\n').Append(Fence).Append("\n\n");
        md.Append(Fence).Append("text\n").Append(cx.ReplayText).Append(Fence).Append('\n');
    }

    private static void Block(StringBuilder md, string title, string intro, string language, IEnumerable<string> lines)
    {
        md.Append("\n### ").Append(title).Append("\n\n").Append(intro).Append("\n\n").Append(Fence).Append(language).Append('\n');
        foreach (var line in lines) md.Append(line).Append('\n');
        md.Append(Fence).Append('\n');
    }
}
