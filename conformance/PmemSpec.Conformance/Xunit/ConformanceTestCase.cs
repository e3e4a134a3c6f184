using Xunit.Abstractions;
using Xunit.Sdk;

namespace PmemSpec.Conformance.Xunit;

/// <summary>
/// One <see cref="ConformanceFactAttribute"/> test, or one pre-enumerated row of a
/// <see cref="ConformanceTheoryAttribute"/>: runs as an <see cref="XunitTestCase"/> with a
/// known deviation reported as skipped.
/// </summary>
internal sealed class ConformanceTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer", error: true)]
    public ConformanceTestCase()
    {
    }

    public ConformanceTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay methodDisplay,
        TestMethodDisplayOptions methodDisplayOptions,
        ITestMethod testMethod,
        object[]? testMethodArguments = null)
        : base(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod, testMethodArguments)
    {
    }

    public override async Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink,
        IMessageBus messageBus,
        object[] constructorArguments,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource)
    {
        using var bus = new DeviationSkippingMessageBus(messageBus);
        var summary = await base.RunAsync(diagnosticMessageSink, bus, constructorArguments, aggregator, cancellationTokenSource)
            .ConfigureAwait(false);
        return bus.Adjust(summary);
    }
}
