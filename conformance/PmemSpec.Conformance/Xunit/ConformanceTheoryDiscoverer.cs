using Xunit.Abstractions;
using Xunit.Sdk;

namespace PmemSpec.Conformance.Xunit;

/// <summary>Finds <see cref="ConformanceTheoryAttribute"/> tests: one
/// <see cref="ConformanceTestCase"/> per pre-enumerated row, or one
/// <see cref="ConformanceTheoryTestCase"/> when the rows are only known at run time. Rows and
/// theories skipped statically (<c>Skip = "…"</c>) stay xunit's own test cases.</summary>
#pragma warning disable CA1812 // Avoid uninstantiated internal classes — xunit creates it by reflection from the name in [XunitTestCaseDiscoverer].
internal sealed class ConformanceTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
#pragma warning restore CA1812
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow) =>
    [
        new ConformanceTestCase(
            DiagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod,
            dataRow),
    ];

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForTheory(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
    [
        new ConformanceTheoryTestCase(
            DiagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod),
    ];
}
