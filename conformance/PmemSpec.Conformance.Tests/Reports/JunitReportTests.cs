using System.Xml.Linq;
using PmemSpec.Conformance.Reports;
using PmemSpec.Invariants;

namespace PmemSpec.Conformance.Tests.Reports;

public class JunitReportTests
{
    private static readonly XDocument Violating = XDocument.Parse(JunitReport.Write(ReportFixtures.Violating()));

    private static XElement Suite(string name) => Violating.Root!.Elements("testsuite").Single(s => (string?)s.Attribute("name") == name);

    [Fact]
    public void Junit_HasOneSuitePerCandidate_AndOneCasePerCheckedInvariant()
    {
        var suite = Suite("TwoPageBrd");
        var checkedIds = InvariantCatalogue.All.Where(i => i.HoldsIn(Era.V4_12)).Select(i => i.Id);

        Assert.Equal(2, Violating.Root!.Elements("testsuite").Count());
        Assert.Equal(checkedIds, suite.Elements("testcase").Where(c => c.Element("skipped") is null).Select(c => ((string)c.Attribute("name")!).Split(' ')[0]));
    }

    [Fact]
    public void Junit_FailsOnlyTheBrokenInvariant_WithExpectedVsActual()
    {
        var failure = Assert.Single(Violating.Descendants("failure"));

        Assert.StartsWith("DAXARG-011 ", (string)failure.Parent!.Attribute("name")!, StringComparison.Ordinal);
        Assert.Equal("expected 1 page, actual 2 pages", (string?)failure.Attribute("message"));
        Assert.Contains("pmemspec replay", failure.Value, StringComparison.Ordinal);
        Assert.Equal("1", (string?)Violating.Root!.Attribute("failures"));
    }

    [Fact]
    public void Junit_SaysTheRunStoppedAtTheFirstViolation()
    {
        Assert.Contains("stops at the first violation", (string?)Suite("TwoPageBrd").Element("system-out"), StringComparison.Ordinal);
        Assert.Contains(Suite("TwoPageBrd").Descendants("property"), p => (string?)p.Attribute("name") == "stops-at-first-violation");
    }

    [Fact]
    public void Junit_SkipsInvariantsThatDoNotHoldInTheEra()
    {
        var skipped = Suite("pmem").Elements("testcase").Where(c => c.Element("skipped") is not null).Select(c => ((string)c.Attribute("name")!).Split(' ')[0]);

        Assert.Equal(InvariantCatalogue.All.Where(i => !i.HoldsIn(Era.V6_1)).Select(i => i.Id), skipped);
    }

    [Fact]
    public void Junit_HasNoTimes_UnlessAskedFor()
    {
        Assert.DoesNotContain(Violating.Descendants(), e => e.Attribute("time") is not null);
        Assert.Contains("time=", JunitReport.Write(ReportFixtures.Violating() with { IncludeTimings = true }), StringComparison.Ordinal);
    }
}
