using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Brd;

/// <summary>The block path and the DAX address see the same brd page; a populated disk never allocates on DAX.</summary>
public partial class BrdDeviceTests
{
    [Fact]
    public void BlockWrite_IsVisibleAtTheDaxKaddr()
    {
        var rig = Rigs.Brd(Era.V4_12);
        var data = BytePattern.Make(Units.PageSize, seed: 11);
        Assert.True(rig.BlockWrite(2 * Units.SectorsPerPage, data).IsOk);

        var dax = rig.Dax.DirectAccess(2, 1);
        var (read, bytes) = rig.KernelRead(dax.Value.Kaddr, Units.PageSize);

        Assert.True(read.IsOk, read.ToString());
        Assert.Equal(data, bytes);
    }

    [Fact]
    public void StoreAtTheDaxKaddr_IsReadBackByTheBlockLayer()
    {
        var rig = Rigs.Brd(Era.V4_9);
        var data = BytePattern.Make(Units.PageSize, seed: 12);
        var dax = BdevDirectAccess.Call(rig.Kernel, rig.Bdev, Units.SectorsPerPage, Units.PageSize);
        Assert.True(rig.Kernel.Memory.Write(dax.Value.Kaddr, data).IsOk);

        var (read, bytes) = rig.BlockRead(Units.SectorsPerPage, Units.PageSize);

        Assert.True(read.IsOk, read.ToString());
        Assert.Equal(data, bytes);
    }

    [Fact]
    public void DirectAccess_AfterPopulate_AllocatesNothing_OnAnyPage()
    {
        var rig = Rigs.Brd(Era.V4_12);
        Assert.True(rig.BlockWrite(0, BytePattern.Make((int)rig.Device.CapacitySectors * Units.SectorSize, seed: 13)).IsOk);
        var allocated = rig.Kernel.Allocator.AllocatedPages;
        var mark = rig.Mark;

        for (var pgoff = 0L; pgoff < rig.Device.CapacitySectors / Units.SectorsPerPage; pgoff++)
            Assert.True(rig.Dax.DirectAccess(pgoff, 1).IsOk);

        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Alloc));
        Assert.Equal(allocated, rig.Kernel.Allocator.AllocatedPages);
    }

    [Fact]
    public void BdevDirectAccess_AfterPopulate_AllocatesNothing_OnAnyPage()
    {
        var rig = Rigs.Brd(Era.V4_9);
        Assert.True(rig.BlockWrite(0, BytePattern.Make((int)rig.Device.CapacitySectors * Units.SectorSize, seed: 14)).IsOk);
        var mark = rig.Mark;

        for (var sector = 0L; sector < rig.Device.CapacitySectors; sector += Units.SectorsPerPage)
            Assert.True(BdevDirectAccess.Call(rig.Kernel, rig.Bdev, sector, Units.PageSize).IsOk);

        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Alloc));
        Assert.Equal((int)(rig.Device.CapacitySectors / Units.SectorsPerPage), rig.Device.NrPages);
    }
}
