using PmemSpec.Dax;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Pmem;

/// <summary>pmem badblocks (domain §3.2, §12 items 13 and 26).</summary>
public partial class PmemDeviceTests
{
    private const long BadSector = (2 * Units.SectorsPerPage) + 3;

    [Theory]
    [InlineData(Era.V5_10, Errno.EIO)]
    [InlineData(Era.V6_1, Errno.EHWPOISON)]
    public void DirectAccess_TouchingABadSector_FailsWithEraErrno(Era era, Errno expected)
    {
        var rig = Rigs.Pmem(era, withStructPages: true);
        rig.Kernel.Badblocks.Inject("pmem0", BadSector, 1);

        var single = rig.Dax.DirectAccess(2, 1);
        var spanning = rig.Dax.DirectAccess(0, 4);

        Assert.Equal(expected, single.Error);
        Assert.Equal(expected, spanning.Error);
    }

    [Fact]
    public void BdevDirectAccess_InV4_9_TouchingABadSector_ReturnsEio()
    {
        var rig = Rigs.Pmem(Era.V4_9, withStructPages: true);
        rig.Kernel.Badblocks.Inject("pmem0", BadSector, 1);

        var result = BdevDirectAccess.Call(rig.Kernel, rig.Bdev, 2 * Units.SectorsPerPage, Units.PageSize);

        Assert.Equal(Errno.EIO, result.Error);
    }

    [Theory]
    [InlineData(2 * Units.SectorsPerPage, 2)]
    [InlineData((2 * Units.SectorsPerPage) + 3, 3)]
    [InlineData(0, 1)]
    [InlineData(5, 1)]
    public void RecoveryWrite_InV6_1_ReturnsThePagesUpToTheFirstBadSector_AtLeastOne(long badSector, long expected)
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages: true);
        rig.Kernel.Badblocks.Inject("pmem0", badSector, 1);

        var result = rig.Dax.DirectAccess(0, 4, DaxAccessMode.RecoveryWrite);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(expected, result.Value.Pages);
    }

    [Theory]
    [InlineData(Era.V4_9)]
    [InlineData(Era.V5_10)]
    [InlineData(Era.V6_1)]
    public void DirectAccess_WithBadblocksElsewhere_ReturnsExactlyTheRequest(Era era)
    {
        var rig = Rigs.Pmem(era, withStructPages: true, pages: 16);
        rig.Kernel.Badblocks.Inject("pmem0", 12 * Units.SectorsPerPage, 1);

        var result = rig.Device.DirectAccess(pgoff: 1, nrPages: 3, DaxAccessMode.Access);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(3, result.Value.Pages);
    }

    [Fact]
    public void DirectAccess_BeforeV4_9_IgnoresBadblocks()
    {
        var rig = Rigs.Pmem(Era.V4_6, withStructPages: true, pages: 16);
        rig.Kernel.Badblocks.Inject("pmem0", BadSector, 1);

        var result = rig.Device.DirectAccess(pgoff: 2, nrPages: 1, DaxAccessMode.Access);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(14, result.Value.Pages);
    }

    [Fact]
    public void BlockRead_OverABadSector_ReturnsEio()
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages: true);
        rig.Kernel.Badblocks.Inject("pmem0", BadSector, 1);

        var (result, _) = rig.BlockRead(2 * Units.SectorsPerPage, Units.PageSize);

        Assert.Equal(Errno.EIO, result.Error);
    }

    [Fact]
    public void BlockWrite_OverABadSector_ClearsIt_SoReadAndDaxSucceed()
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages: true);
        rig.Kernel.Badblocks.Inject("pmem0", BadSector, 1);
        var data = BytePattern.Make(Units.PageSize, seed: 23);

        var write = rig.BlockWrite(2 * Units.SectorsPerPage, data);

        Assert.True(write.IsOk, write.ToString());
        Assert.False(rig.Kernel.Badblocks.For("pmem0").Any);
        Assert.Equal(data, rig.BlockRead(2 * Units.SectorsPerPage, Units.PageSize).Bytes);
        Assert.True(rig.Dax.DirectAccess(2, 1).IsOk);
    }
}
