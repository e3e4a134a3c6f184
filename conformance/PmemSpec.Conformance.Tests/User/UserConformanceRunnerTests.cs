using PmemSpec.Conformance.Mutants.User;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.User;

namespace PmemSpec.Conformance.Tests.User;

public class UserConformanceRunnerTests
{
    /// <summary>What <c>pmemspec check</c> runs per profile: 1,000 sequences of up to 100 steps from seed 1.</summary>
    private static readonly RunOptions Options = new(Seed: 1, Sequences: 1000, MaxOps: 100);

    public static TheoryData<string> ProfileNames() => [.. UserProfiles.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void Check_ReferenceProfile_Conforms_OverTheCheckCommandsThousandSequences(string name)
    {
        var report = UserConformanceRunner.Check(UserProfiles.Find(name)!, Options);

        Assert.True(report.Conforms, report.Counterexample is { } cx ? $"{cx.Invariant.Id}: expected {cx.Expected}, got {cx.Actual}\n{cx.ReplayText}" : "");
        Assert.Equal(Options.Sequences, report.Sequences);
    }

    [Fact]
    public void Check_Shards_RunDisjointSequences_ThatTogetherAreTheWholeRun()
    {
        var whole = new RunOptions(Seed: 3, Sequences: 30, MaxOps: 20);

        var shards = Enumerable.Range(0, 3).Select(i => UserConformanceRunner.Check(UserProfiles.Pmem, whole with { ShardIndex = i, ShardCount = 3 })).ToList();

        Assert.Equal([10, 10, 10], shards.Select(r => r.Sequences));
        Assert.Equal(UserConformanceRunner.Check(UserProfiles.Pmem, whole).Operations, shards.Sum(r => r.Operations));
    }

    [Fact]
    public void Check_WithASpentTimeBudget_StopsBeforeTheNextSequence()
    {
        var report = UserConformanceRunner.Check(UserProfiles.Brd, new RunOptions(Seed: 1, Sequences: 1000, MaxOps: 50) { TimeBudget = TimeSpan.Zero });

        Assert.Equal(0, report.Sequences);
        Assert.True(report.Conforms);
    }

    [Fact]
    public void Check_TellsTheObserver_TheProbe_EverySequence_AndEveryShrinkAttempt()
    {
        var heard = new List<(int Index, bool Shrinking)>();
        var mutant = UserMutants.For("SLEEP-101")!.Profile;

        var report = UserConformanceRunner.Check(mutant, new RunOptions(Seed: 1, Sequences: 50, MaxOps: 30), (i, shrinking, _) => heard.Add((i, shrinking)));

        Assert.Equal("SLEEP-101", report.Counterexample!.Invariant.Id);
        Assert.Equal((-1, false), heard[0]);
        Assert.Equal(Enumerable.Range(0, report.Sequences), heard.Where(h => !h.Shrinking && h.Index >= 0).Select(h => h.Index));
        Assert.Contains(heard, h => h.Shrinking && h.Index == report.Sequences - 1);
    }
}
