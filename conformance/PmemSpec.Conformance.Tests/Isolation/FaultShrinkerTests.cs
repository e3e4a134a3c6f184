using PmemSpec.Conformance.Isolation;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Tests.Isolation;

public class FaultShrinkerTests
{
    private static readonly IReadOnlyList<DeviceOp> Sequence =
        [.. Enumerable.Range(0, 12).Select(i => (DeviceOp)new ReadOp(i * 8, 1)), new WriteOp(64, 8, 3), new ReadOp(0, 1), new FlushOp()];

    /// <summary>A stand-in for a worker process: it "hangs" on any sequence holding a write.</summary>
    private static WorkerOutcome HangsOnWrite(IReadOnlyList<DeviceOp> ops, List<int> lengths)
    {
        lengths.Add(ops.Count);
        var outcome = new WorkerOutcome(replay: true);
        return ops.Any(o => o is WriteOp) ? outcome.Fault(CounterexampleKind.Hang, $"hung on {ops.Count} ops") : outcome;
    }

    [Fact]
    public void Shrink_FindsTheShortestFailingPrefix_ThenRemovesWhatItDoesNotNeed()
    {
        var lengths = new List<int>();
        var shrinker = new FaultShrinker(ops => HangsOnWrite(ops, lengths), CounterexampleKind.Hang, budget: 24);

        var (minimal, reproduced) = shrinker.Shrink(Sequence);

        Assert.True(reproduced);
        Assert.IsType<WriteOp>(Assert.Single(minimal));
        Assert.Equal("hung on 1 ops", shrinker.Detail);
        Assert.Equal(Sequence.Count, lengths[0]);
    }

    [Fact]
    public void Shrink_NeverRunsMoreProcessesThanTheBudget_AndKeepsAVerifiedFailure()
    {
        var lengths = new List<int>();
        var shrinker = new FaultShrinker(ops => HangsOnWrite(ops, lengths), CounterexampleKind.Hang, budget: 3);

        var (minimal, reproduced) = shrinker.Shrink(Sequence);

        Assert.True(reproduced);
        Assert.Equal(3, lengths.Count);
        Assert.Contains(minimal, o => o is WriteOp);
    }

    [Fact]
    public void Shrink_CountsOnlyTheSameKind_AndSaysWhenTheSequenceAloneDoesNotFail()
    {
        var shrinker = new FaultShrinker(ops => new WorkerOutcome(replay: true).Fault(CounterexampleKind.Crash, "died"), CounterexampleKind.Hang, budget: 24);

        var (minimal, reproduced) = shrinker.Shrink(Sequence);

        Assert.False(reproduced);
        Assert.Same(Sequence, minimal);
        Assert.Null(shrinker.Detail);
    }
}
