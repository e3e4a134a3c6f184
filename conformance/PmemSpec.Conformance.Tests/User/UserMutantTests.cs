using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.Mutants.User;
using PmemSpec.Conformance.User;
using PmemSpec.Invariants.User;

namespace PmemSpec.Conformance.Tests.User;

public class UserMutantTests
{
    private static readonly RunOptions Options = new(Seed: 1, Sequences: 300, MaxOps: 60);

    public static TheoryData<string> MutantNames() => [.. UserMutants.All.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(MutantNames))]
    public void Check_Mutant_IsKilledByItsInvariant_WithAShortCounterexample(string name)
    {
        var mutant = UserMutants.All.Single(m => m.Name == name);

        var report = UserConformanceRunner.Check(mutant.Profile, Options);

        var cx = Assert.IsType<Counterexample>(report.Counterexample, exactMatch: false);
        Assert.True(cx.Invariant.Id == mutant.KilledBy, $"{name}: killed by {cx.Invariant.Id}, not {mutant.KilledBy}: expected {cx.Expected}, got {cx.Actual}\n{cx.ReplayText}");
        Assert.True(cx.Sequence.Ops.Count <= mutant.MaxShrunkOps, $"{name}: {cx.Sequence.Ops.Count} ops > {mutant.MaxShrunkOps}\n{cx.ReplayText}");
    }

    [Fact]
    public void Catalogue_HasAMutant_ForEveryUserInvariant()
    {
        var killed = UserMutants.All.Select(m => m.KilledBy).ToHashSet();

        Assert.All(UserInvariantCatalogue.All, i => Assert.Contains(i.Id, killed));
        Assert.Equal(UserInvariantCatalogue.All.Count, UserMutants.All.Count);
    }
}
