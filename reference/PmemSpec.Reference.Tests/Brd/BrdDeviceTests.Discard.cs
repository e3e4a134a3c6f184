using PmemSpec.Block;
using PmemSpec.Kernel;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Brd;

/// <summary>brd discard (domain §2.3, §12 item 9): zeroes without freeing up to v4.11, gone from v4.12.</summary>
public partial class BrdDeviceTests
{
    [Fact]
    public void Discard_InV4_9_ZeroesExistingPages_FreesNothing_AndAllocatesNothing()
    {
        var rig = Rigs.Brd(Era.V4_9);
        Assert.True(rig.BlockWrite(0, BytePattern.Make(2 * Units.PageSize, seed: 15)).IsOk);
        var allocated = rig.Kernel.Allocator.AllocatedPages;
        var mark = rig.Mark;

        var result = BlockLayer.Discard(rig.Kernel, rig.Bdev, 0, 4 * Units.SectorsPerPage);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(BytePattern.Zeros(4 * Units.PageSize), rig.BlockRead(0, 4 * Units.PageSize).Bytes);
        Assert.Equal(2, rig.Device.NrPages);
        Assert.Equal(allocated, rig.Kernel.Allocator.AllocatedPages);
        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Alloc));
        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Free));
    }

    [Theory]
    [InlineData(1, Units.SectorsPerPage)]
    [InlineData(0, Units.SectorsPerPage / 2)]
    [InlineData(0, Units.SectorsPerPage + 1)]
    public void Discard_InV4_9_OfUnalignedRange_ReturnsEio_AndKeepsData(long sector, long nrSectors)
    {
        var rig = Rigs.Brd(Era.V4_9);
        var data = BytePattern.Make(2 * Units.PageSize, seed: 16);
        Assert.True(rig.BlockWrite(0, data).IsOk);

        var result = BlockLayer.Discard(rig.Kernel, rig.Bdev, sector, nrSectors);

        Assert.Equal(Errno.EIO, result.Error);
        Assert.Equal(data, rig.BlockRead(0, data.Length).Bytes);
    }

    [Fact]
    public void Discard_InV4_6_FromUnalignedStart_ZeroesTheWholePageContainingIt()
    {
        var rig = Rigs.Brd(Era.V4_6);
        var data = BytePattern.Make(2 * Units.PageSize, seed: 17);
        Assert.True(rig.BlockWrite(0, data).IsOk);

        var result = BlockLayer.Discard(rig.Kernel, rig.Bdev, 3, Units.SectorsPerPage);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(BytePattern.Zeros(Units.PageSize), rig.BlockRead(0, Units.PageSize).Bytes);
        Assert.Equal(data[Units.PageSize..], rig.BlockRead(Units.SectorsPerPage, Units.PageSize).Bytes);
        Assert.Equal(2, rig.Device.NrPages);
    }

    [Theory]
    [InlineData(Era.V4_12)]
    [InlineData(Era.V4_19)]
    [InlineData(Era.V6_1)]
    public void Discard_FromV4_12_IsNotSupported_AndKeepsData(Era era)
    {
        var rig = Rigs.Brd(era);
        var data = BytePattern.Make(Units.PageSize, seed: 18);
        Assert.True(rig.BlockWrite(0, data).IsOk);

        var result = BlockLayer.Discard(rig.Kernel, rig.Bdev, 0, Units.SectorsPerPage);

        Assert.Equal(Errno.EOPNOTSUPP, result.Error);
        Assert.Equal(data, rig.BlockRead(0, data.Length).Bytes);
    }
}
