using PmemSpec.Kernel;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Brd;

/// <summary>brd_insert_page flags and failures (domain §2.1, §2.2).</summary>
public partial class BrdDeviceTests
{
    [Theory]
    [InlineData(Era.V4_1)]
    [InlineData(Era.V4_9)]
    [InlineData(Era.V4_12)]
    public void Alloc_WhenDaxCapable_IsNoIoAndZeroed_AndNeverHighmem(Era era)
    {
        var rig = Rigs.Brd(era);
        var mark = rig.Mark;

        Assert.True(rig.BlockWrite(Units.SectorsPerPage - 1, BytePattern.Make(2 * Units.SectorSize, seed: 6)).IsOk);

        var allocs = AllocTrace.Since(rig.Kernel, mark);
        Assert.Equal(2, allocs.Count);
        Assert.All(allocs, a => Assert.Equal(Gfp.NoIo | Gfp.Zero, a.Gfp));
        Assert.All(allocs, a => Assert.False(rig.Kernel.Pages.IsHighmem(a.Pfn), $"pfn 0x{a.Pfn:x} is highmem"));
        Assert.All(allocs, a => Assert.False(rig.Kernel.Memory.PageAddress(a.Pfn).IsNull));
    }

    [Theory]
    [InlineData(Era.V5_10)]
    [InlineData(Era.V6_1)]
    public void Alloc_WhenNotDaxCapable_AllowsHighmem_AndStillReadsBack(Era era)
    {
        var rig = Rigs.Brd(era);
        var data = BytePattern.Make(Units.PageSize, seed: 7);
        var mark = rig.Mark;

        Assert.True(rig.BlockWrite(0, data).IsOk);

        var alloc = Assert.Single(AllocTrace.Since(rig.Kernel, mark));
        Assert.Equal(Gfp.NoIo | Gfp.Zero | Gfp.Highmem, alloc.Gfp);
        Assert.True(rig.Kernel.Pages.IsHighmem(alloc.Pfn), "the allocator prefers highmem when it is allowed");
        Assert.Equal(data, rig.BlockRead(0, data.Length).Bytes);
    }

    [Theory]
    [InlineData(Era.V4_1)]
    [InlineData(Era.V4_9)]
    [InlineData(Era.V4_12)]
    [InlineData(Era.V6_1)]
    public void Write_ThroughBlockLayer_RecordsNoViolation_NotEvenIoAllocOnIoPath(Era era)
    {
        var rig = Rigs.Brd(era);
        var mark = rig.Mark;

        var result = rig.BlockWrite(0, BytePattern.Make(3 * Units.PageSize, seed: 8));

        Assert.True(result.IsOk, result.ToString());
        Assert.Empty(rig.ViolationsSince(mark));
    }

    [Theory]
    [InlineData(Era.V4_1, Errno.ENOSPC)]
    [InlineData(Era.V4_9, Errno.ENOSPC)]
    [InlineData(Era.V4_19, Errno.ENOSPC)]
    [InlineData(Era.V6_1, Errno.ENOMEM)]
    public void Write_WhenAllocationFails_ReturnsEraErrno(Era era, Errno expected)
    {
        var rig = Rigs.Brd(era);
        rig.Kernel.Allocator.FailNext(1);

        var result = rig.BlockWrite(0, BytePattern.Make(Units.SectorSize, seed: 9));

        Assert.Equal(expected, result.Error);
        Assert.Equal(0, rig.Device.NrPages);
    }

    [Theory]
    [InlineData(Era.V4_9, Errno.ENOSPC)]
    [InlineData(Era.V6_1, Errno.ENOMEM)]
    public void Write_UnderMemoryPressure_ReturnsEraErrno_AndReadStillReturnsZeros(Era era, Errno expected)
    {
        var rig = Rigs.Brd(era);
        rig.Kernel.Allocator.MemoryPressure = true;

        var result = rig.BlockWrite(0, BytePattern.Make(Units.PageSize, seed: 10));

        Assert.Equal(expected, result.Error);
        Assert.Equal(BytePattern.Zeros(Units.PageSize), rig.BlockRead(0, Units.PageSize).Bytes);
    }
}
