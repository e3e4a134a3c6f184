using PmemSpec.Conformance.Mutants.Device;
using PmemSpec.Conformance.Mutants.Device.Pmem;
using PmemSpec.Conformance.Runner;
using PmemSpec.Invariants;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Tests.Mutants.Device;

public class DeviceMutantTests
{
    private static readonly RunOptions Options = new(Seed: 1, Sequences: 500, MaxOps: 60);

    private static readonly string[] Families = ["BLK-", "STAB-", "PAGE-"];

    public static TheoryData<string> MutantNames() => [.. DeviceMutants.All().Select(m => m.Name)];

    public static TheoryData<string> BaseNames() => [.. DeviceBases.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(MutantNames))]
    public void Check_Mutant_IsKilledByItsInvariant_WithAShortCounterexample(string name)
    {
        var mutant = DeviceMutants.All().Single(m => m.Name == name);

        var report = ConformanceRunner.Check(mutant.Profile, Options);

        var cx = Assert.IsType<Counterexample>(report.Counterexample, exactMatch: false);
        Assert.True(cx.Invariant.Id == mutant.KilledBy, $"{name}: killed by {cx.Invariant.Id}, not {mutant.KilledBy}: expected {cx.Expected}, got {cx.Actual}\n{cx.ReplayText}");
        Assert.True(cx.Sequence.Ops.Count <= mutant.MaxShrunkOps, $"{name}: {cx.Sequence.Ops.Count} ops > {mutant.MaxShrunkOps}\n{cx.ReplayText}");
    }

    [Theory]
    [MemberData(nameof(BaseNames))]
    public void Check_UnmutatedBase_Conforms_WithTheMutantOptions(string name)
    {
        var report = ConformanceRunner.Check(DeviceBases.All.Single(p => p.Name == name), Options);

        Assert.True(report.Conforms, report.Counterexample is { } cx ? $"{cx.Invariant.Id}: expected {cx.Expected}, got {cx.Actual}\n{cx.ReplayText}" : "");
        Assert.Equal(Options.Sequences, report.Sequences);
    }

    [Fact]
    public void Catalogue_HasAMutant_ForEveryBlkStabAndPageInvariant_ExceptTheDocumentedUnkillable()
    {
        var ids = InvariantCatalogue.All.Select(i => i.Id).Where(id => Families.Any(f => id.StartsWith(f, StringComparison.Ordinal))).ToList();
        var killed = DeviceMutants.All().Select(m => m.KilledBy).ToHashSet();

        Assert.Equal(23, ids.Count);
        Assert.All(ids, id => Assert.True(killed.Contains(id) || DeviceMutants.Unkillable.ContainsKey(id), $"{id} has no mutant"));
        Assert.All(DeviceMutants.Unkillable.Keys, id => Assert.DoesNotContain(id, killed));
    }

    [Fact]
    public void Blk006_CannotBeBrokenByADriver_BecauseTheBlockLayerRefusesOutOfRangeBiosFirst()
    {
        var profile = DeviceBases.Pmem with { Name = "pmem-accepts-any-range", Create = k => new PmemAcceptsAnyRange(DeviceBases.Pmem.Create(k)) };
        var end = profile.PartitionSectors;
        DeviceOp[] ops = [new ReadOp(end, 8), new WriteOp(end - 4, 8, 1), new DiscardOp(end, 8), new ReadOp(0, 8)];

        var run = SequenceRunner.Run(profile, ops, InvariantCatalogue.All);

        Assert.True(run.Passed, $"{run.Broken?.Id}: {run.Failure}");
        Assert.Equal([Errno.EIO, Errno.EIO, Errno.EIO, Errno.None], run.Outcomes.Select(o => o.Error));
    }

    [Fact]
    public void Catalogue_NamesEachMutantOnce()
    {
        var names = DeviceMutants.All().Select(m => m.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
