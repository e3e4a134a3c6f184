using PmemSpec.Conformance.TestAssets;
using PmemSpec.Invariants;

namespace PmemSpec.Conformance.Tests.Xunit;

public class DaxDeviceConformanceTestsTests
{
    private const string DaxArg011 = "DaxArg(invariantId: \"DAXARG-011\")";

    [Fact]
    public async Task BrokenRule_FailsItsRow_WithTheMinimalCounterexample()
    {
        var run = await InProcessXunit.RunAsync(typeof(TwoPageBrdConformance));

        var row = run.Test(DaxArg011);
        Assert.Equal(Outcome.Failed, row.Outcome);
        Assert.Contains("DAXARG-011 A lazy (brd) device returns exactly one page", row.Detail, StringComparison.Ordinal);
        Assert.Contains("replay input:", row.Detail, StringComparison.Ordinal);
        Assert.Contains("DirectAccess(pgoff=", row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryInvariant_HasARow_AndOnlyTheBrokenOnesFail()
    {
        var run = await InProcessXunit.RunAsync(typeof(TwoPageBrdConformance));

        Assert.Equal(InvariantCatalogue.All.Count, run.Total);
        var failed = run.Tests.Where(t => t.Outcome == Outcome.Failed).Select(t => t.DisplayName).Order().ToList();
        Assert.Equal([DaxArg011], failed);
    }

    [Fact]
    public async Task InapplicableRule_IsSkipped_WithTheReason()
    {
        var run = await InProcessXunit.RunAsync(typeof(TwoPageBrdConformance));

        var linear = run.Test("DaxArg(invariantId: \"DAXARG-012\")");
        Assert.Equal(Outcome.Skipped, linear.Outcome);
        Assert.Equal("not applicable: DAXARG-012 applies only when the driver is linear (does not allocate lazily)", linear.Detail);
        var eraB = run.Test("DaxArg(invariantId: \"DAXARG-001\")");
        Assert.Equal("not applicable: DAXARG-001 holds in 4.1-4.9; this device is checked in 4.12", eraB.Detail);
    }

    [Fact]
    public async Task DeclaredDeviation_IsSkipped_NeverPassed()
    {
        var run = await InProcessXunit.RunAsync(typeof(TwoPageBrdWithDeviationConformance));

        var row = run.Test(DaxArg011);
        Assert.Equal(Outcome.Skipped, row.Outcome);
        Assert.Equal("known deviation DAXARG-011: prefetches a neighbour page", row.Detail);
        Assert.Equal(0, run.Failed);
    }

    [Fact]
    public async Task FactoryReturningTheWrongSize_FailsEveryRow_NamingTheFactory()
    {
        var run = await InProcessXunit.RunAsync(typeof(WrongSizeConformance));

        Assert.Equal(run.Total, run.Failed);
        Assert.All(run.Tests, t => Assert.Contains("WrongSizeConformance.CreateDeviceCore returned a device of 1024 sectors; the geometry asked for 2048", t.Detail, StringComparison.Ordinal));
    }
}
