using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Spec.Tests.Fakes;

namespace PmemSpec.Spec.Tests.Dax;

/// <summary>
/// <see cref="DaxDevice"/>, era C (domain §1.3). This file: the checks before the driver and
/// their order — NULL, then liveness, then a negative count.
/// </summary>
public sealed partial class DaxDeviceTests
{
    private static (SimulatedKernel Kernel, ScriptedDaxDevice Driver, DaxDevice Dax) Rig(Era era)
    {
        var kernel = new SimulatedKernel(era);
        var driver = new ScriptedDaxDevice(kernel.Context);
        return (kernel, driver, new DaxDevice(kernel, driver));
    }

    [Fact]
    public void Get_OfADaxDisk_IsALiveDeviceForThatDriver()
    {
        var kernel = new SimulatedKernel();
        var driver = new ScriptedDaxDevice(kernel.Context);

        var dax = DaxDevice.Get(kernel, driver);

        Assert.NotNull(dax);
        Assert.Same(driver, dax.Driver);
        Assert.True(dax.Alive);
    }

    [Fact]
    public void Get_OfADiskWithoutDax_IsNull()
    {
        var kernel = new SimulatedKernel();

        Assert.Null(DaxDevice.Get(kernel, new RecordingDisk(kernel.Context)));
        Assert.Null(DaxDevice.Get(kernel, new ScriptedDaxDevice(kernel.Context) { DaxSupported = false }));
    }

    [Theory]
    [MemberData(nameof(DaxEras.Page), MemberType = typeof(DaxEras))]
    public void NullDevice_IsEopnotsupp_EvenForANegativeCount(Era era)
    {
        var kernel = new SimulatedKernel(era);
        var dax = DaxDevice.Get(kernel, new RecordingDisk(kernel.Context));

        Assert.Equal(Errno.EOPNOTSUPP, DaxDevice.DirectAccess(kernel, dax, 0, 1, DaxAccessMode.Access).Error);
        Assert.Equal(Errno.EOPNOTSUPP, DaxDevice.DirectAccess(kernel, dax, 0, -1, DaxAccessMode.Access).Error);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Page), MemberType = typeof(DaxEras))]
    public void DeadDevice_IsEnxio_AndTheDriverIsNotCalled(Era era)
    {
        var (_, driver, dax) = Rig(era);
        dax.Kill();

        Assert.False(dax.Alive);
        Assert.Equal(Errno.ENXIO, dax.DirectAccess(0, 1).Error);
        Assert.Equal(0, driver.Calls);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Page), MemberType = typeof(DaxEras))]
    public void DeadDevice_IsEnxio_BeforeANegativeCountIsChecked(Era era)
    {
        var (_, _, dax) = Rig(era);
        dax.Kill();

        Assert.Equal(Errno.ENXIO, dax.DirectAccess(0, -7).Error);
    }

    [Theory]
    [InlineData(Era.V4_12, false)]
    [InlineData(Era.V4_15, false)]
    [InlineData(Era.V4_19, false)]
    [InlineData(Era.V5_10, false)]
    [InlineData(Era.V6_1, true)]
    public void NegativeCount_IsEchoedUpTo510_AndEinvalIn61_WithoutTheDriver(Era era, bool einval)
    {
        var (_, driver, dax) = Rig(era);

        var result = dax.DirectAccess(0, -7);

        Assert.Equal(einval ? Errno.EINVAL : (Errno)7, result.Error);
        Assert.Equal(einval ? "-EINVAL" : "-7", ErrnoText.Of(result.Error));
        Assert.Equal(0, driver.Calls);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Page), MemberType = typeof(DaxEras))]
    public void ZeroPages_PassTheChecks_AndReachTheDriver(Era era)
    {
        var (_, driver, dax) = Rig(era);

        var result = dax.DirectAccess(0, 0);

        Assert.Equal((0L, 1), (result.Value.Pages, driver.Calls));
    }
}
