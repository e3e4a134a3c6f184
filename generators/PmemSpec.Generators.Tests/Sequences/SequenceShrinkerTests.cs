using PmemSpec.Generators.Sequences;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Tests.Sequences;

public class SequenceShrinkerTests
{
    private static readonly DeviceOp[] Noisy =
    [
        new ReadOp(40, 3),
        new WriteOp(96, 2, 4),
        new FlushOp(),
        new DirectAccessOp(37, 6, CallContext.Atomic),
        new StoreViaDaxOp(40, 100, 200, 9),
        new MemoryPressureOp(true),
        new WriteOp(1000, 16, 5),
        new LoadViaDaxOp(38, 0, 4096),
        new DiscardOp(8, 8),
        new WriteOp(2048, 12, 7),
        new PopulateOp(),
        new ReadOp(0, 1),
    ];

    /// <summary>The brief's failure: a Write of at least 3 sectors somewhere after a DirectAccess.</summary>
    private static bool BigWriteAfterDirectAccess(IReadOnlyList<DeviceOp> ops) =>
        ops.SkipWhile(o => o is not DirectAccessOp).Any(o => o is WriteOp { Sectors: >= 3 });

    [Fact]
    public void Shrink_BigWriteAfterDirectAccess_GivesTwoOpsWithTheSimplestArguments()
    {
        var shrunk = SequenceShrinker.Shrink(Noisy, BigWriteAfterDirectAccess);

        Assert.Equal([new DirectAccessOp(0, 1), new WriteOp(0, Units.SectorsPerPage, 0)], shrunk);
    }

    [Fact]
    public void Shrink_OfGeneratedSequences_GivesTwoOps_ThatNoRemovalOrSimplificationKeepsFailing()
    {
        var failing = ProfileSamples.Of("pmem").Where(s => BigWriteAfterDirectAccess(s.Ops)).Take(25).ToList();

        var shrunk = failing.Select(s => SequenceShrinker.Shrink(s.Ops, BigWriteAfterDirectAccess)).ToList();

        Assert.Equal(25, shrunk.Count);
        Assert.All(shrunk, s => Assert.Equal(2, s.Count));
        Assert.All(shrunk, s => Assert.True(BigWriteAfterDirectAccess(s)));
        Assert.All(shrunk, s => Assert.DoesNotContain(Neighbours(s), BigWriteAfterDirectAccess));
    }

    [Fact]
    public void Shrink_RepeatsRemovals_UntilNoneHelps()
    {
        DeviceOp[] ops = [new FlushOp(), new PopulateOp(), new MemoryPressureOp(true)];
        static bool PressureAndFlushIfPopulated(IReadOnlyList<DeviceOp> ops) =>
            ops.Any(o => o is MemoryPressureOp) && (!ops.Any(o => o is PopulateOp) || ops.Any(o => o is FlushOp));

        var shrunk = SequenceShrinker.Shrink(ops, PressureAndFlushIfPopulated);

        Assert.Equal([new MemoryPressureOp(true)], shrunk);
    }

    [Fact]
    public void Shrink_RemovesAgain_WhatSimplifyingMadeRedundant()
    {
        DeviceOp[] twoWrites = [new WriteOp(0, 16, 1), new WriteOp(8, 16, 2)];
        static bool OnePageWriteOrTwoWrites(IReadOnlyList<DeviceOp> ops) =>
            ops.Any(o => o is WriteOp { Sectors: Units.SectorsPerPage }) || ops.Count(o => o is WriteOp) >= 2;

        var shrunk = SequenceShrinker.Shrink(twoWrites, OnePageWriteOrTwoWrites);

        Assert.Equal([new WriteOp(0, Units.SectorsPerPage, 0)], shrunk);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(40)]
    public void Shrink_CallsThePredicateAtMostMaxAttemptsTimes(int maxAttempts)
    {
        var calls = 0;

        var shrunk = SequenceShrinker.Shrink(Noisy, ops => { calls++; return BigWriteAfterDirectAccess(ops); }, maxAttempts);

        Assert.InRange(calls, Math.Min(1, maxAttempts), maxAttempts);
        Assert.True(BigWriteAfterDirectAccess(shrunk));
    }

    [Fact]
    public void Shrink_WithTheDefaultBudget_StopsAtTwoThousandCalls_StillFailing()
    {
        var writes = Enumerable.Range(0, 2400).Select(i => (DeviceOp)new WriteOp(i, 1, 0)).ToArray();
        static bool KeepsEveryThird(IReadOnlyList<DeviceOp> ops) => ops.OfType<WriteOp>().Count(w => w.Sector % 3 == 0) == 800;
        var calls = 0;

        var shrunk = SequenceShrinker.Shrink(writes, ops => { calls++; return KeepsEveryThird(ops); });

        Assert.Equal(2000, calls);
        Assert.True(KeepsEveryThird(shrunk));
        Assert.InRange(shrunk.Count, 800, writes.Length - 1);
    }

    [Fact]
    public void Shrink_ReturnsTheInputItself_WhenNothingSmallerFails()
    {
        var calls = 0;

        var shrunk = SequenceShrinker.Shrink(Noisy, ops => { calls++; return ops.SequenceEqual(Noisy); });

        Assert.Same(Noisy, shrunk);
        Assert.True(calls > Noisy.Length, $"{calls} calls");
    }

    [Fact]
    public void Shrink_IsDeterministic_DownToThePredicateCalls()
    {
        var first = new List<string>();
        var second = new List<string>();

        var a = SequenceShrinker.Shrink(Noisy, ops => Log(first, ops) && ops.Count(o => o is WriteOp or ReadOp) >= 2);
        var b = SequenceShrinker.Shrink(Noisy, ops => Log(second, ops) && ops.Count(o => o is WriteOp or ReadOp) >= 2);

        Assert.Equal(a, b);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Shrink_NeverTriesAnEmptySequence()
    {
        var tried = new List<string>();

        var shrunk = SequenceShrinker.Shrink(Noisy, ops => Log(tried, ops));

        Assert.Single(shrunk);
        Assert.DoesNotContain("", tried);
    }

    [Fact]
    public void Shrink_KeepsTheDirectAccessADaxStoreDependsOn()
    {
        var tried = new List<IReadOnlyList<DeviceOp>>();

        var shrunk = SequenceShrinker.Shrink(Noisy, ops => { tried.Add(ops); return ops.Any(o => o is StoreViaDaxOp); });

        Assert.Equal([new DirectAccessOp(37, 6), new StoreViaDaxOp(40, 0, 1, 9)], shrunk);
        Assert.All(tried, ops => Assert.Empty(DaxCoverage.Uncovered(ops, long.MaxValue, asTheModelSees: false)));
    }

    [Fact]
    public void Shrink_OfAnIllFormedInput_MayDropTheDirectAccess()
    {
        DeviceOp[] illFormed = [new LoadViaDaxOp(5, 8, 8), new WriteOp(16, 4, 3)];

        var shrunk = SequenceShrinker.Shrink(illFormed, ops => ops.Any(o => o is LoadViaDaxOp));

        Assert.Equal([new LoadViaDaxOp(5, 0, 1)], shrunk);
    }

    [Fact]
    public void Shrink_SkipsASimplificationEqualToTheOpItself()
    {
        DeviceOp[] ops = [new StubbornOp()];
        var calls = 0;

        var shrunk = SequenceShrinker.Shrink(ops, _ => ++calls > 0);

        Assert.Same(ops, shrunk);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void Shrink_RejectsANegativeBudget()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SequenceShrinker.Shrink(Noisy, _ => true, -1));
    }

    /// <summary>An operation whose only "simplification" is itself.</summary>
    private sealed record StubbornOp : DeviceOp
    {
        public override IEnumerable<OpArgument> Arguments() => [];

        public override IEnumerable<DeviceOp> Simplifications() => [this];
    }

    private static bool Log(List<string> log, IReadOnlyList<DeviceOp> ops)
    {
        log.Add(string.Join("; ", ops));
        return true;
    }

    private static IEnumerable<IReadOnlyList<DeviceOp>> Neighbours(IReadOnlyList<DeviceOp> ops)
    {
        for (var i = 0; i < ops.Count; i++)
        {
            if (ops.Count > 1) yield return [.. ops.Take(i), .. ops.Skip(i + 1)];
            foreach (var simpler in ops[i].Simplifications())
                yield return [.. ops.Take(i), simpler, .. ops.Skip(i + 1)];
        }
    }
}
