using PmemSpec.Dax;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.RawBlockDax;

/// <summary>
/// Raw-bdev DAX faults (domain §8): a fault maps the pfn bdev_direct_access returns for that page.
/// All raw-bdev tests run in v4.6, the only modelled tree with raw block-device mmap (§0.1, §8).
/// </summary>
public partial class RawBlockDaxDeviceTests
{
    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void Fault_MapsThePfnDirectAccessReturns_ForThatPage(string disk)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map(pages: 4, pgoff: 3);

        rig.LoadOk(at.AddPages(2));

        var expected = new DaxHandle(rig.Kernel, rig.Raw.Bdev).DirectAccess(5, 1);
        Assert.Equal(expected.Value.Pfn.Pfn, rig.Process.Pte(at.AddPages(2))!.Value.Pfn);
    }

    [Theory]
    [InlineData("brd", true)]
    [InlineData("pmem", false)]
    [InlineData("pmem-raw", true)]
    [InlineData("dcss", true)]
    public void Fault_InstallsADevmapEntryForStructPages_AndASpecialEntryOtherwise(string disk, bool special)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map();

        rig.LoadOk(at);

        var pte = rig.Process.Pte(at)!.Value;
        Assert.Equal(special, pte.Special);
        Assert.Equal(!special, pte.Devmap);
    }

    [Fact]
    public void Fault_HonoursThePartitionOffset()
    {
        var rig = MmRigs.PmemPartition(startSector: 2 * Units.SectorsPerPage, nrSectors: 8 * Units.SectorsPerPage);
        var at = rig.Map(pages: 2, pgoff: 1);

        rig.StoreOk(at, BytePattern.Make(8, seed: 1));

        var pagemap = rig.Kernel.Pages.Pagemaps.Single();
        Assert.Equal(pagemap.BasePfn + 3, rig.Process.Pte(at)!.Value.Pfn);
        Assert.Equal(BytePattern.Make(8, seed: 1), rig.DeviceBytes(3 * Units.SectorsPerPage, 8));
    }

    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void Fault_PastTheEndOfTheDevice_RaisesSigbus(string disk)
    {
        var rig = MmRigs.For(disk, pages: 16);
        var at = rig.Map(pages: 4, pgoff: 14);

        var result = rig.Process.Load(at.AddPages(2), new byte[8]);

        Assert.Equal(AccessOutcome.Sigbus, result.Outcome);
        Assert.Equal(SignalCode.BusAdrerr, result.Code);
        Assert.Null(rig.Process.Pte(at.AddPages(2)));
    }

    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void ReadFault_OfASharedMapping_IsReadOnly_AndAStoreMakesItWritableAndDirty_ThroughPfnMkwrite(string disk)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map();
        rig.LoadOk(at);
        var before = rig.Process.Pte(at)!.Value;

        rig.StoreOk(at, [7]);

        var after = rig.Process.Pte(at)!.Value;
        Assert.False(before.Writable);
        Assert.True(after.Writable && after.Dirty);
        Assert.Equal(before.Pfn, after.Pfn);
    }

    [Fact]
    public void Store_ToAReadOnlyMapping_RaisesSegvAccerr_AndChangesNothing()
    {
        var rig = MmRigs.For("pmem");
        var at = rig.Map(prot: Protection.Read);

        var result = rig.Process.Store(at, [7]);

        Assert.Equal(AccessResult.Segv(at, SignalCode.SegvAccerr), result);
        Assert.Equal(new byte[1], rig.DeviceBytes(0, 1));
    }

    [Fact]
    public void Load_WhereNothingIsMapped_RaisesSegvMaperr()
    {
        var rig = MmRigs.For("pmem");

        var result = rig.Process.Load(new UserAddress(0x1000), new byte[1]);

        Assert.Equal(AccessOutcome.Segv, result.Outcome);
        Assert.Equal(SignalCode.SegvMaperr, result.Code);
    }

    [Fact]
    public void Mmap_SharedWritable_OfAReadOnlyDisk_IsEacces()
    {
        var kernel = new PmemSpec.Kernel.SimulatedKernel(MmRigs.RawEra);
        var mm = ReferenceMm.Create(kernel);
        var disk = ReferenceDrivers.Dcss(kernel, 8 * Units.SectorsPerPage, PmemSpec.Reference.Dcss.DcssSegmentType.SR);
        var raw = ReferenceRawBlockDax.Open(mm, PmemSpec.Block.Partition.Whole(disk)).Value;

        var shared = mm.Spawn("proc").Mmap(raw, 0, 1, Protection.ReadWrite, shared: true);
        var priv = mm.Spawn("proc2").Mmap(raw, 0, 1, Protection.ReadWrite, shared: false);

        Assert.Equal(Errno.EACCES, shared.Error);
        Assert.True(priv.IsOk);
    }
}
