using PmemSpec.Kernel;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Brd;

/// <summary>brd writes (domain §2.2, §12 item 8): exactly the touched pages are allocated.</summary>
public partial class BrdDeviceTests
{
    [Theory]
    [InlineData(Era.V4_9)]
    [InlineData(Era.V6_1)]
    public void Write_InsideOnePage_AllocatesOnePage_AndReadsBack(Era era)
    {
        var rig = Rigs.Brd(era);
        var data = BytePattern.Make(2 * Units.SectorSize, seed: 2);
        var mark = rig.Mark;

        var result = rig.BlockWrite(sector: 9, data);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(1, rig.Device.NrPages);
        Assert.Equal(1, rig.Kernel.Allocator.AllocatedPages);
        Assert.Equal(1, rig.CountSince(mark, KernelEventKind.Alloc));
        Assert.Equal(data, rig.BlockRead(9, data.Length).Bytes);
    }

    [Theory]
    [InlineData(Era.V4_9)]
    [InlineData(Era.V6_1)]
    public void Write_StraddlingPageBoundary_AllocatesTwoPages_AndReadsBack(Era era)
    {
        var rig = Rigs.Brd(era);
        var data = BytePattern.Make(4 * Units.SectorSize, seed: 3);
        var mark = rig.Mark;

        var result = rig.BlockWrite(sector: Units.SectorsPerPage - 2, data);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(2, rig.Device.NrPages);
        Assert.Equal(2, rig.CountSince(mark, KernelEventKind.Alloc));
        Assert.Equal(data, rig.BlockRead(Units.SectorsPerPage - 2, data.Length).Bytes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void Write_OfNWholePages_AllocatesNPages_AndReadsBack(int n)
    {
        var rig = Rigs.Brd(Era.V4_9, pages: 16);
        var data = BytePattern.Make(n * Units.PageSize, seed: n);
        var mark = rig.Mark;

        var result = rig.BlockWrite(sector: 2 * Units.SectorsPerPage, data);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(n, rig.Device.NrPages);
        Assert.Equal(n, rig.CountSince(mark, KernelEventKind.Alloc));
        Assert.Equal(data, rig.BlockRead(2 * Units.SectorsPerPage, data.Length).Bytes);
    }

    [Fact]
    public void Write_ToAnAllocatedPage_AllocatesNothing_AndOverwrites()
    {
        var rig = Rigs.Brd(Era.V4_9);
        Assert.True(rig.BlockWrite(0, BytePattern.Make(Units.PageSize, seed: 4)).IsOk);
        var data = BytePattern.Make(Units.SectorSize, seed: 5);
        var mark = rig.Mark;

        var result = rig.BlockWrite(sector: 3, data);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(1, rig.Device.NrPages);
        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Alloc));
        Assert.Equal(data, rig.BlockRead(3, data.Length).Bytes);
    }
}
