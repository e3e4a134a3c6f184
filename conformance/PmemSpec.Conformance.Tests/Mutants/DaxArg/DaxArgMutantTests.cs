using PmemSpec.Conformance.Mutants.DaxArg;
using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;
using PmemSpec.Invariants;

namespace PmemSpec.Conformance.Tests.Mutants.DaxArg;

public class DaxArgMutantTests
{
    private static readonly RunOptions Options = new(Seed: 1, Sequences: 500, MaxOps: 60);

    private static readonly InvariantFamily[] Families = [InvariantFamily.DAXARG, InvariantFamily.SLEEP, InvariantFamily.EXC];

    /// <summary>
    /// The same seed and sizes, so the same sequences, judged by the families the mutants are killed
    /// by: a base that keeps them shows that the kill is the mutation's doing. (The BLK, PAGE and STAB
    /// families have their own mutants and bases.)
    /// </summary>
    private static readonly RunOptions BaseOptions = Options with { Invariants = [.. Families.Select(f => f.ToString())] };

    public static TheoryData<string> MutantNames() => [.. DaxArgMutants.All.Select(m => m.Name)];

    public static TheoryData<string> BaseNames() => [.. DaxArgBases.All.Select(p => p.Name)];

    public static TheoryData<string> FaithfulCallerBases() => [.. FaithfulCallers().Select(c => c.Base.Name)];

    [Theory]
    [MemberData(nameof(MutantNames))]
    public void Mutant_IsKilled_ByExactlyItsInvariant_WithAShortCounterexample(string name)
    {
        var mutant = DaxArgMutants.Find(name);

        var report = ConformanceRunner.Check(mutant.Profile, Options, mutant.Caller);

        var cx = Assert.IsType<Counterexample>(report.Counterexample);
        Assert.True(cx.Invariant.Id == mutant.KilledBy, $"{mutant}: killed by {Describe(cx)}");
        Assert.True(cx.Sequence.Ops.Count <= mutant.MaxShrunkOps, $"{mutant}: shrunk to {cx.Sequence.Ops.Count} ops\n{cx.ReplayText}");
    }

    [Fact]
    public void EveryDaxArgSleepAndExcInvariant_HasAMutant_OrAReasonWhyNoneCanExist()
    {
        var ids = InvariantCatalogue.All.Where(i => Families.Contains(i.Family)).Select(i => i.Id).ToList();
        var killed = DaxArgMutants.All.Select(m => m.KilledBy).ToHashSet();

        var uncovered = ids.Where(id => !killed.Contains(id) && !DaxArgMutants.Unkillable.ContainsKey(id)).ToList();
        var staleExemptions = DaxArgMutants.Unkillable.Keys.Where(id => killed.Contains(id) || !ids.Contains(id)).ToList();
        var unknown = killed.Where(id => !ids.Contains(id)).ToList();
        Assert.True(uncovered.Count == 0, $"no mutant for {string.Join(", ", uncovered)}");
        Assert.True(staleExemptions.Count == 0, $"exempt but killed or unknown: {string.Join(", ", staleExemptions)}");
        Assert.True(unknown.Count == 0, $"mutants name unknown invariants: {string.Join(", ", unknown)}");
    }

    [Theory]
    [MemberData(nameof(BaseNames))]
    public void Base_Unmutated_KeepsEveryDaxArgSleepAndExcInvariant(string name)
    {
        var report = ConformanceRunner.Check(DaxArgBases.All.Single(p => p.Name == name), BaseOptions);

        AssertConforms(report);
    }

    [Theory]
    [MemberData(nameof(FaithfulCallerBases))]
    public void WrapperCopy_Unmutated_KeepsEveryDaxArgSleepAndExcInvariant_OnEveryBase(string name)
    {
        var (profile, caller) = FaithfulCallers().Single(c => c.Base.Name == name);

        var report = ConformanceRunner.Check(profile, BaseOptions, caller);

        AssertConforms(report);
    }

    private static void AssertConforms(ProfileReport report) =>
        Assert.True(report.Conforms, report.Counterexample is { } cx ? Describe(cx) : "");

    private static IEnumerable<(DeviceProfile Base, CallerFactory Caller)> FaithfulCallers() =>
        DaxArgBases.All.Select(p => (p, p.Era.IsSectorDax() ? (CallerFactory)((k, b) => new BdevCaller(k, b)) : (k, b) => new DaxCoreCaller(k, b)));

    private static string Describe(Counterexample cx) =>
        $"{cx.Invariant.Id}: expected {cx.Expected}, got {cx.Actual}\n{cx.ReplayText}";
}
