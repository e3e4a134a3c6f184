using PmemSpec.Conformance.Reports;

namespace PmemSpec.Conformance.Tests.Reports;

public class ReportDeterminismTests
{
    public static TheoryData<string> Formats() => ["md", "json", "junit"];

    private static string Write(string format, CheckReport report) => format switch
    {
        "md" => MarkdownReport.Write(report),
        "json" => JsonReport.Write(report),
        _ => JunitReport.Write(report),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void TwoRuns_WithTheSameSeed_WriteByteIdenticalReports(string format)
    {
        var first = Write(format, ReportFixtures.Violating());
        var second = Write(format, ReportFixtures.Violating());

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Reports_HoldNoAbsolutePaths_AndNoCarriageReturns(string format)
    {
        var text = Write(format, ReportFixtures.Violating());

        Assert.DoesNotContain(Path.GetTempPath(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Environment.CurrentDirectory, text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }
}
