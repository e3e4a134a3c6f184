using PmemSpec.Dax;
using PmemSpec.Reference.Dcss;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Dcss;

/// <summary>dcssblk read-only segment types (domain §4.1, §12 item 27).</summary>
public partial class DcssDeviceTests
{
    [Theory]
    [InlineData(DcssSegmentType.SR)]
    [InlineData(DcssSegmentType.ER)]
    [InlineData(DcssSegmentType.SC)]
    public void SharedReadOnlyType_IsReadOnly_AndRefusesWrites_LeavingBytesUnchanged(DcssSegmentType type)
    {
        var rig = Rigs.Dcss(Era.V6_1, type, shared: true);
        var original = BytePattern.Make(Units.PageSize, seed: 31);
        Assert.True(rig.Kernel.Memory.Write(rig.Dax.DirectAccess(1, 1).Value.Kaddr, original).IsOk);

        var write = rig.BlockWrite(Units.SectorsPerPage, BytePattern.Make(Units.PageSize, seed: 32));

        Assert.True(rig.Device.ReadOnly);
        Assert.True(rig.Device.Traits.HasFlag(DaxTraits.ReadOnly));
        Assert.Equal(Errno.EIO, write.Error);
        Assert.Equal(original, rig.BlockRead(Units.SectorsPerPage, Units.PageSize).Bytes);
    }

    [Theory]
    [InlineData(DcssSegmentType.SR)]
    [InlineData(DcssSegmentType.ER)]
    public void ReadOnlyType_LoadedExclusive_IsWritable(DcssSegmentType type)
    {
        var rig = Rigs.Dcss(Era.V6_1, type, shared: false);
        var data = BytePattern.Make(Units.PageSize, seed: 33);

        var write = rig.BlockWrite(0, data);

        Assert.False(rig.Device.ReadOnly);
        Assert.False(rig.Device.Traits.HasFlag(DaxTraits.ReadOnly));
        Assert.True(write.IsOk, write.ToString());
        Assert.Equal(data, rig.BlockRead(0, Units.PageSize).Bytes);
    }

    [Theory]
    [InlineData(DcssSegmentType.SW)]
    [InlineData(DcssSegmentType.EW)]
    [InlineData(DcssSegmentType.SN)]
    [InlineData(DcssSegmentType.EN)]
    [InlineData(DcssSegmentType.EWEN)]
    public void WritableType_InSharedMode_AcceptsWrites(DcssSegmentType type)
    {
        var rig = Rigs.Dcss(Era.V6_1, type, shared: true);
        var data = BytePattern.Make(2 * Units.PageSize, seed: 34);

        var write = rig.BlockWrite(2 * Units.SectorsPerPage, data);

        Assert.False(rig.Device.ReadOnly);
        Assert.Equal(DaxTraits.NeverSleeps, rig.Device.Traits);
        Assert.True(write.IsOk, write.ToString());
        Assert.Equal(data, rig.BlockRead(2 * Units.SectorsPerPage, data.Length).Bytes);
    }
}
