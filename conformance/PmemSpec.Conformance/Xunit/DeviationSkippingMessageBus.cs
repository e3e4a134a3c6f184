using Xunit.Abstractions;
using Xunit.Sdk;

namespace PmemSpec.Conformance.Xunit;

/// <summary>
/// Passes every message through to the runner's bus, except an <see cref="ITestFailed"/> whose
/// exception is a <see cref="KnownDeviationException"/> or a <see cref="NotApplicableException"/>:
/// that one goes on as an <see cref="ITestSkipped"/> whose reason is the exception's message. Counts what it converted,
/// so the test case can move them from failed to skipped in its <see cref="RunSummary"/>.
/// </summary>
/// <remarks>Context: one instance per run of one test case; the rows of a theory run one after
/// another, so the count needs no lock. Does not own, and never disposes, the inner bus.</remarks>
internal sealed class DeviationSkippingMessageBus(IMessageBus inner) : IMessageBus
{
    private static readonly string[] SkipTypeNames = [typeof(KnownDeviationException).FullName!, typeof(NotApplicableException).FullName!];

    /// <summary>How many failures were reported as skips so far.</summary>
    public int Converted { get; private set; }

    public bool QueueMessage(IMessageSinkMessage message)
    {
        if (message is ITestFailed failed && IsDeviation(failed))
        {
            Converted++;
            return inner.QueueMessage(new TestSkipped(failed.Test, failed.Messages[0]));
        }
        return inner.QueueMessage(message);
    }

    /// <summary>Moves the converted failures to skipped, so totals agree with the messages.</summary>
    public RunSummary Adjust(RunSummary summary)
    {
        summary.Failed -= Converted;
        summary.Skipped += Converted;
        return summary;
    }

    public void Dispose()
    {
        // The inner bus belongs to the runner that created it.
    }

    // Only the outermost exception counts: a deviation hidden in an AggregateException (say, with
    // a failed Dispose beside it) is a real failure.
    private static bool IsDeviation(ITestFailed failed) =>
        failed.ExceptionTypes is [var outermost, ..] && SkipTypeNames.Contains(outermost);
}
