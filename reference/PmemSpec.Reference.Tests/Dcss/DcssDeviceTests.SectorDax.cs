using PmemSpec.Dax;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Dcss;

/// <summary>The era B byte op and the v4.6–v4.11 <c>dev_sz = end - start</c> slip (domain §1.2, §4.1).</summary>
public partial class DcssDeviceTests
{
    [Fact]
    public void ByteOp_ReturnsTheBytesLeftToTheEnd_AsAPageMultiple()
    {
        var rig = Rigs.Dcss(Era.V4_9, pages: 16);

        for (var sector = 0L; sector < rig.Device.CapacitySectors; sector += Units.SectorsPerPage)
        {
            var result = rig.Device.DirectAccess(sector, size: Units.PageSize);

            Assert.Equal((rig.Device.CapacitySectors - sector) * Units.SectorSize, result.Value.Bytes);
            Assert.Equal(0, result.Value.Bytes % Units.PageSize);
        }
    }

    [Theory]
    [InlineData(Units.PageSize)]
    [InlineData(3 * Units.PageSize)]
    [InlineData(14 * Units.PageSize)]
    public void BdevDirectAccess_InV4_9_GivesPageMultiples_ClampedToTheRequest(long size)
    {
        var rig = Rigs.Dcss(Era.V4_9, pages: 16);

        var result = BdevDirectAccess.Call(rig.Kernel, rig.Bdev, 2 * Units.SectorsPerPage, size);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(size, result.Value.Bytes);
        Assert.Equal(PfnFlags.Dev, result.Value.Pfn.Flags);
        Assert.True(rig.Kernel.Memory.TryTranslate(result.Value.Kaddr, out var pfn, out var offset));
        Assert.Equal(result.Value.Pfn.Pfn, pfn);
        Assert.Equal(0, offset);
    }

    [Theory]
    [InlineData(Era.V4_6)]
    [InlineData(Era.V4_9)]
    public void BdevDirectAccess_WithSizeOffByOne_InEraB_IsEnxioForEverySector(Era era)
    {
        var rig = Rigs.Dcss(era, pages: 16, sizeOffByOne: true);

        for (var sector = 0L; sector < rig.Device.CapacitySectors; sector += Units.SectorsPerPage)
        {
            var result = BdevDirectAccess.Call(rig.Kernel, rig.Bdev, sector, Units.PageSize);

            Assert.Equal(Errno.ENXIO, result.Error);
        }
    }

    [Fact]
    public void SizeOffByOne_InV4_12_ChangesNothing()
    {
        var slipped = Rigs.Dcss(Era.V4_12, pages: 16, sizeOffByOne: true);
        var exact = Rigs.Dcss(Era.V4_12, pages: 16);

        for (var pgoff = 0L; pgoff < 16; pgoff++)
        {
            var a = slipped.Device.DirectAccess(pgoff, 1, DaxAccessMode.Access).Value;
            var b = exact.Device.DirectAccess(pgoff, 1, DaxAccessMode.Access).Value;
            var bytes = slipped.Device.DirectAccess(pgoff * Units.SectorsPerPage, size: 0).Value.Bytes;

            Assert.Equal(16 - pgoff, a.Pages);
            Assert.Equal(b.Pages, a.Pages);
            Assert.Equal(b.Pfn, a.Pfn);
            Assert.Equal((16 - pgoff) * Units.PageSize, bytes);
            Assert.True(slipped.Dax.DirectAccess(pgoff, 1).IsOk);
        }
    }
}
