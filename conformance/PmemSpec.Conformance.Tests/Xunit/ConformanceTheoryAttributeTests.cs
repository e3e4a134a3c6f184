using PmemSpec.Conformance.TestAssets;
using PmemSpec.Conformance.Xunit;

namespace PmemSpec.Conformance.Tests.Xunit;

public class ConformanceTheoryAttributeTests
{
    private const string DeviationReason = $"known deviation {Deviations.DeclaredId}: {Deviations.Reason}";

    // Both ways xunit can run a theory: one test case per row (pre-enumerated), or one test case
    // for the whole theory whose rows are found at run time; and each after serialization.
    public static TheoryData<bool, bool> Modes() => new()
    {
        { true, false },
        { false, false },
        { true, true },
        { false, true },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task DeviatingRow_IsReportedSkipped_AndTheOtherRowsPassed(bool preEnumerate, bool serialize)
    {
        var run = await InProcessXunit.RunAsync(typeof(ConformanceTheoryFixtures), preEnumerate, serialize);

        var rows = run.Tests.Where(t => t.DisplayName.StartsWith("Row(", StringComparison.Ordinal))
            .ToDictionary(t => t.DisplayName, t => (t.Outcome, t.Detail));

        Assert.Equal(
            new Dictionary<string, (Outcome, string)>
            {
                [$"Row(invariantId: \"{Deviations.DeclaredId}\")"] = (Outcome.Skipped, DeviationReason),
                ["Row(invariantId: \"FIX-002\")"] = (Outcome.Passed, ""),
                ["Row(invariantId: \"FIX-004\")"] = (Outcome.Passed, ""),
            },
            rows);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task AssertFailureInARow_IsReportedFailed_BesideTheSkippedRow(bool preEnumerate, bool serialize)
    {
        var run = await InProcessXunit.RunAsync(typeof(ConformanceTheoryFixtures), preEnumerate, serialize);

        var outcomes = run.Tests.Where(t => t.DisplayName.StartsWith("RowFailingUnlessDeviating(", StringComparison.Ordinal))
            .Select(t => t.Outcome).Order();

        Assert.Equal([Outcome.Failed, Outcome.Skipped], outcomes);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task AssemblyTotals_CountTheDeviatingRowsAsSkipped(bool preEnumerate, bool serialize)
    {
        var run = await InProcessXunit.RunAsync(typeof(ConformanceTheoryFixtures), preEnumerate, serialize);

        Assert.Empty(run.Errors);
        Assert.Equal((Total: 5, Failed: 1, Skipped: 2), (run.Total, run.Failed, run.Skipped));
    }

    [Theory]
    [InlineData(true, typeof(ConformanceTestCase), 5)]
    [InlineData(false, typeof(ConformanceTheoryTestCase), 2)]
    public async Task Discovery_YieldsConformanceTestCases(bool preEnumerate, Type testCaseType, int count)
    {
        var run = await InProcessXunit.RunAsync(typeof(ConformanceTheoryFixtures), preEnumerate);

        Assert.Equal(Enumerable.Repeat(testCaseType, count), run.DiscoveredTestCaseTypes);
    }
}
