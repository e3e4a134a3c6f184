using PmemSpec.Kernel;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Brd;

/// <summary>brd reads (domain §2.2, §12 item 8): holes read as zeros and never allocate.</summary>
public partial class BrdDeviceTests
{
    [Theory]
    [InlineData(Era.V4_9)]
    [InlineData(Era.V4_12)]
    [InlineData(Era.V6_1)]
    public void Read_OfUnwrittenSector_ReturnsZeros_WithoutAllocating(Era era)
    {
        var rig = Rigs.Brd(era);
        var allocated = rig.Kernel.Allocator.AllocatedPages;
        var mark = rig.Mark;

        var (result, bytes) = rig.BlockRead(sector: 4, length: 2 * Units.PageSize);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(BytePattern.Zeros(2 * Units.PageSize), bytes);
        Assert.Equal(allocated, rig.Kernel.Allocator.AllocatedPages);
        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Alloc));
        Assert.Equal(0, rig.Device.NrPages);
    }

    [Fact]
    public void Read_AcrossWrittenPageAndHole_ReturnsDataThenZeros_WithoutAllocatingTheHole()
    {
        var rig = Rigs.Brd(Era.V4_9);
        var data = BytePattern.Make(Units.PageSize, seed: 1);
        Assert.True(rig.BlockWrite(0, data).IsOk);
        var mark = rig.Mark;

        var (result, bytes) = rig.BlockRead(sector: 0, length: 2 * Units.PageSize);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(data, bytes[..Units.PageSize]);
        Assert.Equal(BytePattern.Zeros(Units.PageSize), bytes[Units.PageSize..]);
        Assert.Equal(1, rig.Device.NrPages);
        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Alloc));
    }
}
