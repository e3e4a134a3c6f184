using Xunit;
using Xunit.Sdk;

namespace PmemSpec.Conformance.Xunit;

/// <summary>
/// A <c>[Theory]</c> whose rows report a <see cref="KnownDeviationException"/> as skipped
/// (reason <c>known deviation {ID}: {reason}</c>), row by row; the other rows run as usual.
/// </summary>
[XunitTestCaseDiscoverer("PmemSpec.Conformance.Xunit." + nameof(ConformanceTheoryDiscoverer), "PmemSpec.Conformance")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ConformanceTheoryAttribute : TheoryAttribute;
