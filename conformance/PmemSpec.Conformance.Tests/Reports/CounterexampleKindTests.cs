using System.Xml.Linq;
using PmemSpec.Conformance.Reports;

namespace PmemSpec.Conformance.Tests.Reports;

public class CounterexampleKindTests
{
    private static CheckReport WithKind(CounterexampleKind kind) =>
        new(ReportFixtures.KitVersion, ReportFixtures.Options, null, [ReportFixtures.MutantResult() with { Kind = kind }]);

    [Theory]
    [InlineData(CounterexampleKind.Crash, "crash")]
    [InlineData(CounterexampleKind.Hang, "hang")]
    [InlineData(CounterexampleKind.OutOfMemory, "out-of-memory")]
    public void Kind_IsShownInEveryFormat_AndReadBack(CounterexampleKind kind, string text)
    {
        var report = WithKind(kind);

        Assert.Contains($"**{text}** [DAXARG-011]", MarkdownReport.Write(report), StringComparison.Ordinal);
        Assert.Equal(text, (string?)XDocument.Parse(JunitReport.Write(report)).Descendants("failure").Single().Attribute("type"));
        Assert.Equal(kind, JsonReport.Parse(JsonReport.Write(report)).Violations.Single().Violation.Kind);
    }
}
