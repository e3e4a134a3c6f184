using PmemSpec.Conformance.TestAssets;
using PmemSpec.Conformance.Xunit;
using Xunit.Sdk;

namespace PmemSpec.Conformance.Tests.Xunit;

public class ConformanceFactAttributeTests
{
    private const string DeviationReason = $"known deviation {Deviations.DeclaredId}: {Deviations.Reason}";

    private static readonly Lazy<Task<XunitRun>> FixtureRun =
        new(() => InProcessXunit.RunAsync(typeof(ConformanceFactFixtures)));

    [Fact]
    public async Task DeclaredDeviation_IsReportedSkipped_WithTheDeviationAsReason()
    {
        var run = await FixtureRun.Value;

        var test = run.Test(nameof(ConformanceFactFixtures.Deviating));

        Assert.Equal(Outcome.Skipped, test.Outcome);
        Assert.Equal(DeviationReason, test.Detail);
    }

    [Fact]
    public async Task DeclaredDeviation_ThrownAfterAnAwait_IsReportedSkipped()
    {
        var run = await FixtureRun.Value;

        var test = run.Test(nameof(ConformanceFactFixtures.DeviatingAfterAwait));

        Assert.Equal((Outcome.Skipped, DeviationReason), (test.Outcome, test.Detail));
    }

    [Fact]
    public async Task UndeclaredInvariant_ThatHolds_IsReportedPassed()
    {
        var run = await FixtureRun.Value;

        Assert.Equal(Outcome.Passed, run.Test(nameof(ConformanceFactFixtures.Passing)).Outcome);
    }

    [Fact]
    public async Task AssertFailure_IsReportedFailed()
    {
        var run = await FixtureRun.Value;

        var test = run.Test(nameof(ConformanceFactFixtures.Failing));

        Assert.Equal(Outcome.Failed, test.Outcome);
        Assert.StartsWith("Assert.Equal() Failure", test.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeviationWrappedInAnotherException_IsReportedFailed()
    {
        var run = await FixtureRun.Value;

        Assert.Equal(Outcome.Failed, run.Test(nameof(ConformanceFactFixtures.FailingWithDeviationWrapped)).Outcome);
    }

    [Fact]
    public async Task StaticSkip_IsStillReportedSkipped_WithItsReason()
    {
        var run = await FixtureRun.Value;

        var test = run.Test(nameof(ConformanceFactFixtures.StaticallySkipped));

        Assert.Equal((Outcome.Skipped, "statically skipped"), (test.Outcome, test.Detail));
    }

    [Fact]
    public async Task PlainFact_ReportsTheSameDeviationAsFailed()
    {
        var run = await FixtureRun.Value;

        var test = run.Test(nameof(ConformanceFactFixtures.PlainFactDeviating));

        Assert.Equal((Outcome.Failed, DeviationReason), (test.Outcome, test.Detail));
    }

    [Fact]
    public async Task AssemblyTotals_CountDeviationsAsSkipped_NotFailed()
    {
        var run = await FixtureRun.Value;

        Assert.Empty(run.Errors);
        Assert.Equal(7, run.Tests.Count);
        Assert.Equal((Total: 7, Failed: 3, Skipped: 3), (run.Total, run.Failed, run.Skipped));
    }

    [Fact]
    public async Task Discovery_YieldsAConformanceTestCase_ForEachConformanceFact_AndNotForAPlainFact()
    {
        var run = await FixtureRun.Value;

        Assert.Equal(6, run.DiscoveredTestCaseTypes.Count(t => t == typeof(ConformanceTestCase)));
        Assert.Equal(1, run.DiscoveredTestCaseTypes.Count(t => t == typeof(XunitTestCase)));
    }

    [Fact]
    public async Task TestCases_RunAfterSerialization_StillReportTheDeviationSkipped()
    {
        var run = await InProcessXunit.RunAsync(typeof(ConformanceFactFixtures), serialize: true);

        var test = run.Test(nameof(ConformanceFactFixtures.Deviating));

        Assert.Equal((Outcome.Skipped, DeviationReason, typeof(ConformanceTestCase)), (test.Outcome, test.Detail, test.TestCaseType));
        Assert.Equal((Total: 7, Failed: 3, Skipped: 3), (run.Total, run.Failed, run.Skipped));
    }
}
