namespace PmemSpec.Conformance.Tests.Xunit;

/// <summary>One test result message as xunit sent it: the display name, the outcome, the skip
/// reason or failure message, and the type of the test case that ran it.</summary>
public sealed record ReportedTest(string DisplayName, Outcome Outcome, string Detail, Type TestCaseType);
