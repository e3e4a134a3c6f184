using System.Text.Json;
using PmemSpec.Conformance.Reports;
using PmemSpec.Dax;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Tests.Reports;

public class JsonReportTests
{
    private static readonly CheckReport Report = ReportFixtures.Violating();

    [Fact]
    public void Json_DeclaresItsSchema_First()
    {
        using var json = JsonDocument.Parse(JsonReport.Write(Report));

        var first = json.RootElement.EnumerateObject().First();
        Assert.Equal(("schema", "pmemspec-report/1"), (first.Name, first.Value.GetString()));
    }

    [Fact]
    public void Json_ForAViolation_CarriesTheReplayInputs_AndAnXunitTest()
    {
        using var json = JsonDocument.Parse(JsonReport.Write(Report));

        var violation = json.RootElement.GetProperty("candidates")[1].GetProperty("violation");
        Assert.Equal("DAXARG-011", violation.GetProperty("invariant").GetProperty("id").GetString());
        Assert.Equal("DirectAccess(pgoff=0, pages=2, ctx=Process)", violation.GetProperty("sequence").EnumerateArray().Last().GetString());
        Assert.Contains("[Fact]", violation.GetProperty("xunitTest").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OfWrite_GivesBackEveryViolationsReplayInputs()
    {
        var cx = Report.Candidates[1].Report.Counterexample!;
        var file = Path.Combine(Path.GetTempPath(), $"pmemspec-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, JsonReport.Write(Report));

        var read = JsonReport.Read(file);
        File.Delete(file);

        var (candidate, violation) = Assert.Single(read.Violations);
        Assert.Equal((ReportFixtures.Options.Seed, ReportFixtures.KitVersion), (read.Seed, read.KitVersion));
        Assert.Equal(("TwoPageBrd", "PmemSpec.Conformance.TestAssets.TwoPageBrd", "TestAssets/TwoPageBrd.cs"),
            (candidate.Name, candidate.TypeName, candidate.Source));
        Assert.Equal(("two-page-brd", Era.V4_12, "DAXARG-011", CounterexampleKind.Violation), (candidate.Profile, candidate.Era, violation.InvariantId, violation.Kind));
        Assert.Equal(cx.Sequence, violation.Sequence);
        Assert.Equal(cx.ReplayText, SequenceText.Format(violation.Sequence));
        Assert.Equal((2048L, 0L, ProfileCapabilities.None), (candidate.CapacitySectors, candidate.PartitionStart, candidate.Capabilities));
        Assert.Equal(ProfileCapabilities.Badblocks | ProfileCapabilities.Removal, read.Candidates[0].Capabilities);
        Assert.True(read.Candidates[0].Conforms);
    }

    [Fact]
    public void Json_ShowsTimings_OnlyWhenAskedFor()
    {
        Assert.DoesNotContain("elapsedMs", JsonReport.Write(Report), StringComparison.Ordinal);
        Assert.Contains("elapsedMs", JsonReport.Write(Report with { IncludeTimings = true }), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ForAConformingRun_HasNoViolations()
    {
        var read = JsonReport.Parse(JsonReport.Write(ReportFixtures.Conforming()));

        Assert.Empty(read.Violations);
        Assert.All(read.Candidates, c => Assert.True(c.Conforms));
    }
}
