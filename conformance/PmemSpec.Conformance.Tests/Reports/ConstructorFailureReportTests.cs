using System.Xml.Linq;
using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.Tests.Runner;

namespace PmemSpec.Conformance.Tests.Reports;

public class ConstructorFailureReportTests
{
    [Fact]
    public void ConstructorFailure_OutsideTheFilter_StillFailsItsTestCase_AndShowsNoOperations()
    {
        var options = ReportFixtures.Options with { Invariants = ["BLK"] };
        var profile = TestProfiles.ThrowingConstructor;
        var report = new CheckReport(ReportFixtures.KitVersion, options, null,
            [CandidateResult.For("ctor-throws", profile, ConformanceRunner.Check(profile, options), options)]);

        var failure = XDocument.Parse(JunitReport.Write(report)).Descendants("failure").Single();

        Assert.StartsWith("EXC-001 ", (string)failure.Parent!.Attribute("name")!, StringComparison.Ordinal);
        Assert.Contains("No operation ran: the rule broke while the device was being created", MarkdownReport.Write(report), StringComparison.Ordinal);
        Assert.Contains("EXC-001 broke before any sequence ran", failure.Parent!.Parent!.Element("system-out")!.Value, StringComparison.Ordinal);
        Assert.Empty(JsonReport.Parse(JsonReport.Write(report)).Violations.Single().Violation.Sequence.Ops);
    }
}
