using PmemSpec.Conformance.Reports;

namespace PmemSpec.Conformance.Tests.Reports;

public class MarkdownReportTests
{
    private static readonly string Violating = MarkdownReport.Write(ReportFixtures.Violating());

    [Fact]
    public void Markdown_ForAViolation_ShowsTheMinimalSequence_AndTheReplayCommand()
    {
        Assert.Contains(">   0  DirectAccess(pgoff=0, pages=2, ctx=Process)", Violating, StringComparison.Ordinal);
        Assert.Contains("pmemspec replay two-page-brd-DAXARG-011.seq TestAssets/TwoPageBrd.cs", Violating, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_StartsWithTheSummaryTable_OneRowPerCandidate()
    {
        var table = Violating.Split('\n').Where(l => l.StartsWith('|')).TakeWhile(l => !l.Contains("expected", StringComparison.Ordinal)).ToList();

        Assert.Equal(4, table.Count);
        Assert.StartsWith("| pmem | pmem | 6.1 | conforms |", table[2], StringComparison.Ordinal);
        Assert.StartsWith("| TwoPageBrd | two-page-brd | 4.12 | **violation** [DAXARG-011](#twopagebrd-daxarg-011) |", table[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_ForAViolation_CitesTheInvariant_ExpectedVsActual_TheTrace_AndAnXunitTest()
    {
        Assert.Contains("## TwoPageBrd: DAXARG-011", Violating, StringComparison.Ordinal);
        Assert.Contains("- **source:** domain §2.5 brd_direct_access", Violating, StringComparison.Ordinal);
        Assert.Contains("| 1 page | 2 pages |", Violating, StringComparison.Ordinal);
        Assert.Contains("### Event trace", Violating, StringComparison.Ordinal);
        Assert.Contains("```csharp\nusing PmemSpec;", Violating, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_ForAConformingRun_SaysSo_WithNoViolationSections()
    {
        var md = MarkdownReport.Write(ReportFixtures.Conforming());

        Assert.Contains("Every candidate conforms.", md, StringComparison.Ordinal);
        Assert.DoesNotContain("## ", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_ShowsTimings_OnlyWhenAskedFor()
    {
        var report = ReportFixtures.Violating();

        Assert.DoesNotContain(" s |", MarkdownReport.Write(report), StringComparison.Ordinal);
        Assert.Contains(" time |", MarkdownReport.Write(report with { IncludeTimings = true }), StringComparison.Ordinal);
    }
}
