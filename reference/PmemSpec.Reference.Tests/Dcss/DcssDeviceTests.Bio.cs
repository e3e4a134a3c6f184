using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Dcss;

/// <summary>dcssblk bios must be page aligned and page multiples (domain §4.1); block ↔ DAX is one memory.</summary>
public partial class DcssDeviceTests
{
    [Theory]
    [InlineData(1, Units.PageSize)]
    [InlineData(0, Units.SectorSize)]
    [InlineData(0, Units.PageSize + Units.SectorSize)]
    public void Bio_NotPageAlignedOrNotPageMultiple_FailsWithEio(long sector, int bytes)
    {
        var rig = Rigs.Dcss(Era.V6_1);
        var before = rig.BlockRead(0, 2 * Units.PageSize).Bytes;

        var (read, _) = rig.BlockRead(sector, bytes);
        var write = rig.BlockWrite(sector, BytePattern.Make(bytes, seed: 35));

        Assert.Equal(Errno.EIO, read.Error);
        Assert.Equal(Errno.EIO, write.Error);
        Assert.Equal(before, rig.BlockRead(0, 2 * Units.PageSize).Bytes);
    }

    [Fact]
    public void BlockWrite_IsSeenByDaxRead()
    {
        var rig = Rigs.Dcss(Era.V6_1);
        var data = BytePattern.Make(2 * Units.PageSize, seed: 36);
        Assert.True(rig.BlockWrite(3 * Units.SectorsPerPage, data).IsOk);

        var dax = rig.Dax.DirectAccess(3, 2);
        var (read, bytes) = rig.KernelRead(dax.Value.Kaddr, data.Length);

        Assert.True(read.IsOk, read.ToString());
        Assert.Equal(data, bytes);
    }

    [Fact]
    public void DaxWrite_IsSeenByBlockRead()
    {
        var rig = Rigs.Dcss(Era.V6_1);
        var data = BytePattern.Make(Units.PageSize, seed: 37);
        Assert.True(rig.Kernel.Memory.Write(rig.Dax.DirectAccess(6, 1).Value.Kaddr, data).IsOk);

        var (read, bytes) = rig.BlockRead(6 * Units.SectorsPerPage, Units.PageSize);

        Assert.True(read.IsOk, read.ToString());
        Assert.Equal(data, bytes);
    }
}
