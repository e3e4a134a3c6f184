using Xunit.Abstractions;

namespace PmemSpec.Conformance.Tests.Xunit;

/// <summary>
/// Discovery and execution options for an in-process run, which xunit reads by name
/// (xunit.runner.utility's TestFrameworkOptions is not on this machine's package feed).
/// </summary>
internal sealed class FrameworkOptions : ITestFrameworkDiscoveryOptions, ITestFrameworkExecutionOptions
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal)
    {
        // Display names without the class name: "Deviating", "Row(invariantId: \"FIX-001\")".
        ["xunit.discovery.MethodDisplay"] = "Method",
        // Deliver each message before the next step runs, and one test at a time.
        ["xunit.discovery.SynchronousMessageReporting"] = true,
        ["xunit.execution.SynchronousMessageReporting"] = true,
        ["xunit.execution.DisableParallelization"] = true,
    };

    public FrameworkOptions(bool preEnumerateTheories) =>
        _values["xunit.discovery.PreEnumerateTheories"] = preEnumerateTheories;

    public TValue GetValue<TValue>(string name) =>
        _values.TryGetValue(name, out var value) && value is TValue typed ? typed : default!;

    public void SetValue<TValue>(string name, TValue value) => _values[name] = value;
}
