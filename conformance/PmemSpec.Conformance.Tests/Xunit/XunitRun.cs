namespace PmemSpec.Conformance.Tests.Xunit;

/// <summary>
/// Everything an in-process xunit run reported: each test's result message, the totals of the
/// closing assembly message (built from the test cases' run summaries), and any error messages.
/// </summary>
public sealed record XunitRun(
    IReadOnlyList<ReportedTest> Tests,
    int Total,
    int Failed,
    int Skipped,
    IReadOnlyList<Type> DiscoveredTestCaseTypes,
    IReadOnlyList<string> Errors)
{
    /// <summary>The one test reported under <paramref name="displayName"/>.</summary>
    public ReportedTest Test(string displayName) => Tests.Single(t => t.DisplayName == displayName);
}
