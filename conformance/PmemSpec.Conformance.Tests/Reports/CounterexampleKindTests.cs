using System.Xml.Linq;
using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.Tests.Runner;

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

    [Fact]
    public void ConstructorFailure_OutsideTheFilter_StillFailsItsTestCase_AndShowsNoOperations()
    {
        var options = ReportFixtures.Options with { Invariants = ["BLK"] };
        var profile = TestProfiles.ThrowingConstructor;
        var report = new CheckReport(ReportFixtures.KitVersion, options, null,
            [CandidateResult.For("ctor-throws", profile, ConformanceRunner.Check(profile, options), options)]);

        var failure = XDocument.Parse(JunitReport.Write(report)).Descendants("failure").Single();

        Assert.StartsWith("EXC-001 ", (string)failure.Parent!.Attribute("name")!, StringComparison.Ordinal);
        Assert.Contains("(no operations: the device's constructor failed)", MarkdownReport.Write(report), StringComparison.Ordinal);
        Assert.Empty(JsonReport.Parse(JsonReport.Write(report)).Violations.Single().Violation.Sequence.Ops);
    }
}
