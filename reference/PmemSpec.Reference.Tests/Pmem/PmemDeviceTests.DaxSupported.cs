using PmemSpec.Dax;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Pmem;

/// <summary>QUEUE_FLAG_DAX: unconditional to v4.15, only with struct pages from v4.19 (domain §3.3).</summary>
public partial class PmemDeviceTests
{
    [Theory]
    [InlineData(Era.V4_9, true)]
    [InlineData(Era.V4_12, true)]
    [InlineData(Era.V4_15, true)]
    [InlineData(Era.V4_19, false)]
    [InlineData(Era.V5_10, false)]
    [InlineData(Era.V6_1, false)]
    public void DaxSupported_WithoutStructPages_OnlyUpToV4_15(Era era, bool expected)
    {
        var rig = Rigs.Pmem(era, withStructPages: false);

        var supported = rig.Device.DaxSupported;

        Assert.Equal(expected, supported);
        Assert.Equal(expected, DaxDevice.Get(rig.Kernel, rig.Device) is not null);
    }

    [Theory]
    [InlineData(Era.V4_9)]
    [InlineData(Era.V4_19)]
    [InlineData(Era.V6_1)]
    public void DaxSupported_WithStructPages_InEveryEra(Era era)
    {
        var rig = Rigs.Pmem(era, withStructPages: true);

        var supported = rig.Device.DaxSupported;

        Assert.True(supported);
    }

    [Theory]
    [InlineData(true, DaxTraits.NeverSleeps | DaxTraits.PageBacked)]
    [InlineData(false, DaxTraits.NeverSleeps)]
    public void Traits_ClaimNeverSleeps_AndPageBackedExactlyWithStructPages(bool withStructPages, DaxTraits expected)
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages);

        var traits = rig.Device.Traits;

        Assert.Equal(expected, traits);
    }
}
