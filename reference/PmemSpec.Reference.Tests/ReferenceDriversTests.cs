using PmemSpec.Kernel;
using PmemSpec.Reference.Brd;
using PmemSpec.Reference.Dcss;
using PmemSpec.Reference.Pmem;

namespace PmemSpec.Reference.Tests;

/// <summary>The public factories build the internal drivers with the names and sizes asked for.</summary>
public class ReferenceDriversTests
{
    private readonly SimulatedKernel kernel = new(Era.V6_1);

    [Fact]
    public void Brd_BuildsABrdDevice_AllocatingNothing()
    {
        var disk = ReferenceDrivers.Brd(kernel, 64, "ram3");

        Assert.IsType<BrdDevice>(disk);
        Assert.Equal("ram3", disk.DiskName);
        Assert.Equal(64, disk.CapacitySectors);
        Assert.Equal(0, kernel.Allocator.AllocatedPages);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Pmem_BuildsAPmemDevice_OverNewDeviceMemory(bool withStructPages)
    {
        var disk = ReferenceDrivers.Pmem(kernel, 128, withStructPages);

        var pmem = Assert.IsType<PmemDevice>(disk);
        Assert.Equal("pmem0", disk.DiskName);
        Assert.Equal(16, pmem.Pagemap.NrPages);
        Assert.Equal(withStructPages, pmem.Pagemap.HasStructPages);
        Assert.Contains(pmem.Pagemap, kernel.Pages.Pagemaps);
    }

    [Fact]
    public void Dcss_BuildsASharedDcssDevice_ByDefault()
    {
        var disk = ReferenceDrivers.Dcss(kernel, 64, DcssSegmentType.SR);

        var dcss = Assert.IsType<DcssDevice>(disk);
        Assert.Equal("dcssblk0", disk.DiskName);
        Assert.Equal(DcssSegmentType.SR, dcss.SegmentType);
        Assert.True(disk.ReadOnly);
    }
}
