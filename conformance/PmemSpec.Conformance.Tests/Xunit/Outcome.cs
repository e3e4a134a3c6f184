namespace PmemSpec.Conformance.Tests.Xunit;

/// <summary>What xunit reported for one test.</summary>
public enum Outcome
{
    Passed,
    Failed,
    Skipped,
}
