using Xunit;
using Xunit.Sdk;

namespace PmemSpec.Conformance.Xunit;

/// <summary>
/// A <c>[Fact]</c> that reports a <see cref="KnownDeviationException"/> thrown by the test as
/// skipped (reason <c>known deviation {ID}: {reason}</c>), never as passed or failed.
/// </summary>
[XunitTestCaseDiscoverer("PmemSpec.Conformance.Xunit." + nameof(ConformanceFactDiscoverer), "PmemSpec.Conformance")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ConformanceFactAttribute : FactAttribute;
