using Xunit.Abstractions;
using Xunit.Sdk;

namespace PmemSpec.Conformance.Xunit;

/// <summary>
/// A whole <see cref="ConformanceTheoryAttribute"/> theory whose rows are found at run time (data
/// that cannot be serialized, or pre-enumeration turned off): each row that throws a known
/// deviation is reported as skipped, the others as usual.
/// </summary>
internal sealed class ConformanceTheoryTestCase : XunitTheoryTestCase
{
    [Obsolete("Called by the de-serializer", error: true)]
    public ConformanceTheoryTestCase()
    {
    }

    public ConformanceTheoryTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay methodDisplay,
        TestMethodDisplayOptions methodDisplayOptions,
        ITestMethod testMethod)
        : base(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod)
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
