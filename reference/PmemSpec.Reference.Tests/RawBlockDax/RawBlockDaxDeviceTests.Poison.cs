using PmemSpec.Dax;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.RawBlockDax;

/// <summary>Poison (domain §9.3, §12 item 26): a fault or access on a poisoned page raises SIGBUS (BUS_MCEERR_AR).</summary>
public partial class RawBlockDaxDeviceTests
{
    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void Fault_OnAPoisonedPage_RaisesSigbusMceerr_AndMapsNothing(string disk)
    {
        var rig = MmRigs.For(disk);
        var pfn = new DaxHandle(rig.Kernel, rig.Raw.Bdev).DirectAccess(1, 1).Value.Pfn.Pfn;
        rig.Mm.MemoryFailure(pfn);
        var at = rig.Map();

        var result = rig.Process.Load(at.AddPages(1), new byte[1]);

        Assert.Equal(AccessResult.Sigbus(at.AddPages(1), SignalCode.BusMceerrAr), result);
        Assert.Null(rig.Process.Pte(at.AddPages(1)));
        Assert.True(rig.Process.Load(at, new byte[1]).IsOk);
    }

    [Fact]
    public void MemoryFailure_OnAMappedDevmapPage_UnmapsIt_AndTheNextAccessRaisesSigbusMceerr()
    {
        var rig = MmRigs.For("pmem");
        var at = rig.Map();
        rig.LoadOk(at);
        var pfn = rig.Process.Pte(at)!.Value.Pfn;

        var failed = rig.Mm.MemoryFailure(pfn);

        Assert.True(failed.IsOk);
        Assert.Null(rig.Process.Pte(at));
        Assert.Equal(SignalCode.BusMceerrAr, rig.Process.Store(at, [1]).Code);
    }

    [Theory]
    [InlineData("pmem-raw")]
    [InlineData("dcss")]
    public void MemoryFailure_OnPageLessMemory_IsEnxio_LeavesTheEntry_ButConsumingThePoisonRaisesSigbus(string disk)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map();
        rig.LoadOk(at);
        var pfn = rig.Process.Pte(at)!.Value.Pfn;

        var failed = rig.Mm.MemoryFailure(pfn);

        Assert.Equal(Errno.ENXIO, failed.Error);
        Assert.NotNull(rig.Process.Pte(at));
        Assert.Equal(AccessResult.Sigbus(at, SignalCode.BusMceerrAr), rig.Process.Load(at, new byte[1]));
    }
}
