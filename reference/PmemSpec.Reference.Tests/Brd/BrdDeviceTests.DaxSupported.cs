using PmemSpec.Dax;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Brd;

/// <summary>brd DAX exists v4.0–v4.14 (domain §2.5: removed by 7a862fbbdec6, absent in v4.15).</summary>
public partial class BrdDeviceTests
{
    [Theory]
    [InlineData(Era.V4_1, true)]
    [InlineData(Era.V4_9, true)]
    [InlineData(Era.V4_12, true)]
    [InlineData(Era.V4_15, false)]
    [InlineData(Era.V4_19, false)]
    [InlineData(Era.V6_1, false)]
    public void DaxSupported_OnlyBeforeV4_15(Era era, bool expected)
    {
        var rig = Rigs.Brd(era);

        var supported = rig.Device.DaxSupported;

        Assert.Equal(expected, supported);
        Assert.Equal(expected, DaxDevice.Get(rig.Kernel, rig.Device) is not null);
    }

    [Fact]
    public void DirectAccess_InV4_15_ReturnsEopnotsupp_AndAllocatesNothing()
    {
        var rig = Rigs.Brd(Era.V4_15);

        var result = DaxDevice.DirectAccess(rig.Kernel, DaxDevice.Get(rig.Kernel, rig.Device), 0, 1, DaxAccessMode.Access);

        Assert.Equal(Errno.EOPNOTSUPP, result.Error);
        Assert.Equal(0, rig.Device.NrPages);
    }
}
