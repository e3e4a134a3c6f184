using PmemSpec.Conformance.Isolation;

namespace PmemSpec.Conformance.Tests.Isolation;

public class FaultClassifierTests
{
    private static readonly IsolationLimits Limits = new(TimeSpan.FromSeconds(2), MemoryLimitMiB: 64);

    private static (string Kind, string Detail) Classify(int code, params string[] stderr)
    {
        var tail = new StderrTail();
        foreach (var line in stderr) tail.Add(line);
        var outcome = new WorkerOutcome(replay: false);
        outcome.Apply(new WorkerMessage("start") { Index = 4 });
        return FaultClassifier.Classify(outcome, code, tail, Limits);
    }

    [Fact]
    public void AnExitMessage_MeansTheCandidateEndedTheProcess()
    {
        var outcome = new WorkerOutcome(replay: false);
        outcome.Apply(new WorkerMessage("exit") { Code = 7 });

        var (kind, detail) = FaultClassifier.Classify(outcome, 7, new StderrTail(), Limits);

        Assert.Equal(CounterexampleKind.Exit, kind);
        Assert.Equal("the candidate ended the process with exit code 7 (Environment.Exit) while loading the candidate and building the device", detail);
    }

    [Fact]
    public void StackOverflowOnStderr_IsACrash_NamedAsSuch()
    {
        Assert.Equal((CounterexampleKind.Crash, "stack overflow: the process died (exit code 134) in sequence 4"), Classify(134, "Stack overflow.", "Repeat 1000 times:"));
    }

    [Fact]
    public void AnUnhandledOutOfMemoryException_IsOutOfMemory_WithTheLimit()
    {
        Assert.Equal((CounterexampleKind.OutOfMemory, "out of memory: the process died over its 64 MiB GC heap limit in sequence 4"),
            Classify(134, "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown."));
    }

    [Fact]
    public void TheRuntimesOwnOutOfMemoryAbort_IsOutOfMemory()
    {
        Assert.Equal(CounterexampleKind.OutOfMemory, Classify(134, "Out of memory.").Kind);
    }

    [Fact]
    public void AnyOtherDeath_IsACrash_WithTheSignalAndTheFirstLineOnStderr()
    {
        Assert.Equal((CounterexampleKind.Crash, "the process died with exit code 139 (SIGSEGV) in sequence 4: Segmentation fault"), Classify(139, "", "Segmentation fault"));
    }

    [Fact]
    public void Hang_SaysTheLimitAndThatTheKitKilledTheProcess()
    {
        var outcome = new WorkerOutcome(replay: false);
        outcome.Apply(new WorkerMessage("start") { Index = 2, Shrinking = true });

        Assert.Equal("no progress within 1.5 s while shrinking a violation in sequence 2; the kit killed the process", FaultClassifier.Hang(outcome, TimeSpan.FromSeconds(1.5)));
    }
}
