using PmemSpec.Dax;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Tests.Sequences;

public partial class SequenceGenTests
{
    private static readonly string[] EveryProfileMay =
        ["Read", "Write", "Discard", "Flush", "Populate", "DirectAccess", "StoreViaDax", "LoadViaDax", "MemoryPressure"];

    private static string[] AllowedKinds(DeviceProfile p)
    {
        var kinds = EveryProfileMay.ToList();
        if (p.Capabilities.HasFlag(ProfileCapabilities.Badblocks)) kinds.Add("MediaError");
        if (p.Capabilities.HasFlag(ProfileCapabilities.Removal) && !p.Era.IsSectorDax()) kinds.Add("RemoveDevice");
        return [.. kinds.Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void EveryKindTheProfileAllows_Appears_AndNoOther(string name)
    {
        var seen = ProfileSamples.Ops(name).Select(o => o.Name).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(AllowedKinds(ProfileSamples.Profile(name)), seen);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void AtomicContext_OnlyWhenNeitherTheDriverNorTheEraWrapperMaySleep(string name)
    {
        var profile = ProfileSamples.Profile(name);
        var nothingSleeps = ProfileSamples.Traits(profile).HasFlag(DaxTraits.NeverSleeps) && !profile.Era.WrapperMightSleep();

        var atomic = ProfileSamples.Ops(name).OfType<DirectAccessOp>().Count(a => a.Ctx == CallContext.Atomic);

        Assert.Equal(nothingSleeps, atomic > 0);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void RecoveryWrite_OnlyIn6_1_AndRarely(string name)
    {
        var calls = ProfileSamples.Ops(name).OfType<DirectAccessOp>().ToList();

        var recovery = calls.Count(a => a.Mode == DaxAccessMode.RecoveryWrite);

        if (ProfileSamples.Profile(name).Era == Era.V6_1) Assert.InRange(recovery, 1, calls.Count / 10);
        else Assert.Equal(0, recovery);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void DaxLoadsAndStores_OnlyAtPagesDirectAccessedEarlier_InsideThePage(string name)
    {
        var sectors = ProfileSamples.Profile(name).PartitionSectors;

        Assert.All(ProfileSamples.Of(name), s => Assert.Empty(DaxCoverage.Uncovered(s.Ops, sectors, asTheModelSees: false)));
        Assert.All(ProfileSamples.Ops(name), op => Assert.True(op switch
        {
            StoreViaDaxOp st => st.Offset >= 0 && st.Length >= 1 && st.Offset + st.Length <= Units.PageSize,
            LoadViaDaxOp ld => ld.Offset >= 0 && ld.Length >= 1 && ld.Offset + ld.Length <= Units.PageSize,
            _ => true,
        }, op.ToString()));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void DaxLoadsAndStores_AvoidPagesADiscardOrABadBlockUnmapped(string name)
    {
        var sectors = ProfileSamples.Profile(name).PartitionSectors;

        Assert.All(ProfileSamples.Of(name), s => Assert.Empty(DaxCoverage.Uncovered(s.Ops, sectors, asTheModelSees: true)));
    }

    [Fact]
    public void AMisalignedPartition_GetsNoDaxLoadsOrStores()
    {
        var profile = ProfileSamples.Profile("pmem") with { PartitionStart = 3 };

        var ops = ProfileSamples.Sample(profile, 5, 100).SelectMany(s => s.Ops).ToList();

        Assert.Contains(ops, o => o is DirectAccessOp);
        Assert.DoesNotContain(ops, o => o is StoreViaDaxOp or LoadViaDaxOp);
    }

    [Theory]
    [InlineData("brd-v4.12")]
    [InlineData("pmem")]
    [InlineData("dcss")]
    public void AfterRemoveDevice_OnlyDirectAccessReadAndFlush_MostlyDirectAccessAndRead(string name)
    {
        var after = ProfileSamples.Of(name).SelectMany(s => s.Ops.SkipWhile(o => o is not RemoveDeviceOp).Skip(1)).ToList();

        Assert.All(ProfileSamples.Of(name), s => Assert.InRange(s.Ops.Count(o => o is RemoveDeviceOp), 0, 1));
        Assert.All(after, o => Assert.True(o is DirectAccessOp or ReadOp or FlushOp, o.ToString()));
        Assert.InRange(after.Count(o => o is FlushOp), 1, after.Count / 5);
    }

    [Theory]
    [InlineData("pmem-v4.9")]
    [InlineData("brd")]
    public void RemoveDevice_NeverInTheSectorEras_EvenWithTheCapability(string name)
    {
        var profile = ProfileSamples.Profile(name) with { Capabilities = ProfileCapabilities.Badblocks | ProfileCapabilities.Removal };

        var ops = ProfileSamples.Sample(profile, 5, ProfileSamples.Count).SelectMany(s => s.Ops);

        Assert.DoesNotContain(ops, o => o is RemoveDeviceOp);
    }

    [Fact]
    public void RemoveDevice_NeverWithoutTheCapability_EvenInEraC()
    {
        var profile = ProfileSamples.Profile("pmem") with { Capabilities = ProfileCapabilities.Badblocks };

        var ops = ProfileSamples.Sample(profile, 5, ProfileSamples.Count).SelectMany(s => s.Ops);

        Assert.DoesNotContain(ops, o => o is RemoveDeviceOp);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void RemoveDevice_IsRare(string name)
    {
        var removals = ProfileSamples.Of(name).Count(s => s.Ops.Any(o => o is RemoveDeviceOp));

        Assert.InRange(removals, 0, ProfileSamples.Count / 5);
    }
}
