using PmemSpec.Conformance.Runner;
using PmemSpec.Invariants;
using PmemSpec.Kernel;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Isolation;

/// <summary>What the device and user-level workers share: a request's run options, and a report as the <c>result</c> message.</summary>
internal static class WorkerRequests
{
    public static RunOptions Options(WorkerRequest request) => new(request.Seed, request.Sequences, request.MaxOps, request.Invariants)
    {
        ShardIndex = request.ShardIndex,
        ShardCount = request.ShardCount,
        TimeBudget = request.TimeBudgetSeconds is { } budget ? TimeSpan.FromSeconds(budget) : null,
    };

    /// <summary>Tells the kit of every sequence run (a <c>start</c> line, which restarts its wall-clock limit) and resets the out-of-memory watch.</summary>
    public static SequenceObserver Observer(OutOfMemoryWatch watch, WorkerChannel channel) => (index, shrinking, operations) =>
    {
        watch.Reset();
        channel.Send(new WorkerMessage("start") { Index = index, Shrinking = shrinking, Operations = operations });
    };

    public static WorkerMessage Result(ProfileReport report, OutOfMemoryWatch watch) => new("result")
    {
        Sequences = report.Sequences,
        Operations = report.Operations,
        Kind = report.Counterexample is { } cx ? KindOf(cx.Invariant.Id, watch) : null,
        Counterexample = report.Counterexample is { } c ? WorkerCounterexample.From(c) : null,
    };

    /// <summary>A thrown exception (EXC-001, EXC-101) is a crash, or out-of-memory when the watch saw one; anything else a violation.</summary>
    public static string KindOf(string invariantId, OutOfMemoryWatch watch) =>
        invariantId is not ("EXC-001" or "EXC-101") ? CounterexampleKind.Violation : watch.Seen ? CounterexampleKind.OutOfMemory : CounterexampleKind.Crash;

    /// <summary>The <c>result</c> of a replay: conforming, or the invariant broken at the last executed step.</summary>
    public static WorkerMessage ReplayResult(OpSequence executed, int originalLength, string? brokenId, InvariantFailure? failure,
        SimulatedKernel? kernel, OutOfMemoryWatch watch)
    {
        if (brokenId is null) return new WorkerMessage("result") { Sequences = 1, Operations = executed.Ops.Count };
        var trace = kernel?.Trace.Events.Select(e => e.ToString()).ToList() ?? [];
        return new WorkerMessage("result")
        {
            Sequences = 1,
            Operations = executed.Ops.Count,
            Kind = KindOf(brokenId, watch),
            Counterexample = new WorkerCounterexample(brokenId, SequenceText.Format(executed), executed.Ops.Count - 1, failure!.Expected, failure.Actual,
                trace, originalLength),
        };
    }
}
