using Xunit.Abstractions;
using Xunit.Sdk;

namespace PmemSpec.Conformance.Xunit;

/// <summary>Finds <see cref="ConformanceFactAttribute"/> tests; xunit's own checks (no
/// parameters, static <c>Skip</c>) stay as <see cref="FactDiscoverer"/> does them.</summary>
#pragma warning disable CA1812 // Avoid uninstantiated internal classes — xunit creates it by reflection from the name in [XunitTestCaseDiscoverer].
internal sealed class ConformanceFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
#pragma warning restore CA1812
{
    protected override IXunitTestCase CreateTestCase(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        new ConformanceTestCase(
            DiagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod);
}
