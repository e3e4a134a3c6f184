using PmemSpec.Conformance.Runner;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Runner;

public class ConformanceRunnerTests
{
    private static readonly RunOptions Quick = new(Seed: 1, Sequences: 200, MaxOps: 60);

    public static TheoryData<string> ReferenceProfileNames() => [.. ReferenceProfiles.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(ReferenceProfileNames))]
    public void Check_ReferenceProfile_Conforms(string name)
    {
        var report = ConformanceRunner.Check(ReferenceProfiles.Find(name)!, Quick);

        Assert.True(report.Conforms, report.Counterexample is { } cx ? $"{cx.Invariant.Id}: expected {cx.Expected}, got {cx.Actual}\n{cx.ReplayText}" : "");
        Assert.Equal(Quick.Sequences, report.Sequences);
        Assert.True(report.Operations > Quick.Sequences, "sequences should hold more than one operation on average");
    }

    [Fact]
    public void Check_Mutant_GivesAShrunkCounterexample_NamingTheInvariant()
    {
        var report = ConformanceRunner.Check(TestProfiles.BrdTwoPages, Quick);

        var cx = Assert.IsType<Counterexample>(report.Counterexample);
        Assert.Equal("DAXARG-011", cx.Invariant.Id);
        Assert.Single(cx.Sequence.Ops);
        Assert.Equal(0, cx.FailingStep);
        Assert.Equal("1 page", cx.Expected);
        Assert.Equal("2 pages", cx.Actual);
        Assert.NotEmpty(cx.Trace);
    }

    [Fact]
    public void Check_SameSeed_GivesTheSameCounterexample_ByteForByte()
    {
        var first = ConformanceRunner.Check(TestProfiles.BrdTwoPages, Quick).Counterexample!;
        var second = ConformanceRunner.Check(TestProfiles.BrdTwoPages, Quick).Counterexample!;

        Assert.Equal(first.ReplayText, second.ReplayText);
        Assert.Equal(first.Trace, second.Trace);
        Assert.Equal((first.Expected, first.Actual, first.OriginalLength), (second.Expected, second.Actual, second.OriginalLength));
    }

    [Fact]
    public void Check_DifferentSeeds_TryDifferentSequences()
    {
        var a = ConformanceRunner.Check(ReferenceProfiles.Find("pmem")!, Quick with { Sequences = 5 });
        var b = ConformanceRunner.Check(ReferenceProfiles.Find("pmem")!, Quick with { Seed = 2, Sequences = 5 });

        Assert.NotEqual(a.Operations, b.Operations);
    }

    [Fact]
    public void Check_ThrowingDriver_IsACounterexample_NotACrash()
    {
        var cx = ConformanceRunner.Check(TestProfiles.Throwing, Quick).Counterexample!;

        Assert.Equal("EXC-001", cx.Invariant.Id);
        Assert.Contains("index out of range in driver", cx.Actual, StringComparison.Ordinal);
        Assert.True(cx.Sequence.Ops.Count <= 2, cx.ReplayText);
    }

    [Fact]
    public void Check_ThrowingConstructor_IsACounterexample_WithNoOperations()
    {
        var cx = ConformanceRunner.Check(TestProfiles.ThrowingConstructor, Quick).Counterexample!;

        Assert.Equal("EXC-001", cx.Invariant.Id);
        Assert.Empty(cx.Sequence.Ops);
        Assert.Contains("probe failed", cx.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvariantFilter_ChecksOnlyTheSelectedFamily()
    {
        var report = ConformanceRunner.Check(TestProfiles.BrdTwoPages, Quick with { Invariants = ["BLK"] });

        Assert.True(report.Conforms);
    }
}
