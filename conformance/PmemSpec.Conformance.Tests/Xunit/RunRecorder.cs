using Xunit.Abstractions;

namespace PmemSpec.Conformance.Tests.Xunit;

/// <summary>
/// The message sink of an in-process run: keeps the discovered test cases, each test's result
/// message and the assembly totals, and signals the end of discovery and of execution.
/// </summary>
/// <remarks>Context: xunit calls <see cref="OnMessage"/> from its own worker threads, hence the lock.</remarks>
internal sealed class RunRecorder : LongLivedMarshalByRefObject, IMessageSink
{
    private readonly Lock _lock = new();
    private readonly List<ITestCase> _testCases = [];
    private readonly List<ReportedTest> _tests = [];
    private readonly List<string> _errors = [];
    private ITestAssemblyFinished? _finished;

    public TaskCompletionSource DiscoveryComplete { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource ExecutionComplete { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<ITestCase> TestCases
    {
        get { lock (_lock) return [.. _testCases]; }
    }

    public bool OnMessage(IMessageSinkMessage message)
    {
        lock (_lock) Record(message);
        if (message is IDiscoveryCompleteMessage) DiscoveryComplete.TrySetResult();
        if (message is ITestAssemblyFinished) ExecutionComplete.TrySetResult();
        return true;
    }

    public XunitRun ToRun()
    {
        lock (_lock)
        {
            var finished = _finished ?? throw new InvalidOperationException("the run has not finished");
            return new XunitRun([.. _tests], finished.TestsRun, finished.TestsFailed, finished.TestsSkipped,
                [.. _testCases.Select(c => c.GetType())], [.. _errors]);
        }
    }

    private void Record(IMessageSinkMessage message)
    {
        switch (message)
        {
            case ITestCaseDiscoveryMessage discovered: _testCases.Add(discovered.TestCase); break;
            case ITestPassed passed: Add(passed, Outcome.Passed, ""); break;
            case ITestFailed failed: Add(failed, Outcome.Failed, string.Join(" | ", failed.Messages)); break;
            case ITestSkipped skipped: Add(skipped, Outcome.Skipped, skipped.Reason); break;
            case IErrorMessage error: _errors.Add(string.Join(" | ", error.Messages)); break;
            case ITestAssemblyFinished finished: _finished = finished; break;
        }
    }

    private void Add(ITestResultMessage result, Outcome outcome, string detail) =>
        _tests.Add(new ReportedTest(result.Test.DisplayName, outcome, detail, result.TestCase.GetType()));
}
