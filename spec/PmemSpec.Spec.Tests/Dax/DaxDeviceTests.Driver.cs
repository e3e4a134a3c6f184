using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Spec.Tests.Fakes;

namespace PmemSpec.Spec.Tests.Dax;

/// <summary>This file: the driver call, the result, might_sleep() and kill_dax.</summary>
public sealed partial class DaxDeviceTests
{
    [Theory]
    [MemberData(nameof(DaxEras.Page), MemberType = typeof(DaxEras))]
    public void Driver_GetsPgoffAndCountUnchanged_OnTheIoPath(Era era)
    {
        var (kernel, driver, dax) = Rig(era);

        dax.DirectAccess(5, 3);

        Assert.Equal((5L, 3L, true), (driver.LastPgoff, driver.LastNrPages, driver.SawIoPath));
        Assert.False(kernel.Context.OnIoPath);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Page), MemberType = typeof(DaxEras))]
    public void DriverReturningZero_IsErange(Era era)
    {
        var (_, driver, dax) = Rig(era);
        driver.Next = ScriptedDaxDevice.Pages(0);

        Assert.Equal(Errno.ERANGE, dax.DirectAccess(0, 1).Error);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Page), MemberType = typeof(DaxEras))]
    public void DriverError_PassesThroughUnchanged(Era era)
    {
        var (_, driver, dax) = Rig(era);
        driver.Next = Errno.EHWPOISON;

        Assert.Equal(Errno.EHWPOISON, dax.DirectAccess(0, 1).Error);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Page), MemberType = typeof(DaxEras))]
    public void Result_IsClampedToTheSmallerOfAvailableAndRequested_KeepingAddressAndPfnFlags(Era era)
    {
        var (_, driver, dax) = Rig(era);

        driver.Next = ScriptedDaxDevice.Pages(8);
        var clamped = dax.DirectAccess(0, 3).Value;
        driver.Next = ScriptedDaxDevice.Pages(2);
        var shortOfRequest = dax.DirectAccess(0, 3).Value;

        Assert.Equal(new DirectAccessResult(3, ScriptedDaxDevice.Kaddr, ScriptedDaxDevice.Pfn), clamped);
        Assert.Equal(2, shortOfRequest.Pages);
    }

    [Theory]
    [InlineData(Era.V4_12, DaxAccessMode.Access)]
    [InlineData(Era.V5_10, DaxAccessMode.Access)]
    [InlineData(Era.V6_1, DaxAccessMode.RecoveryWrite)]
    public void AccessMode_ReachesTheDriver_OnlyWhereItExists(Era era, DaxAccessMode expected)
    {
        var (_, driver, dax) = Rig(era);

        dax.DirectAccess(0, 1, DaxAccessMode.RecoveryWrite);

        Assert.Equal(expected, driver.LastMode);
    }

    [Theory]
    [InlineData(Era.V4_12, 1)]
    [InlineData(Era.V4_15, 1)]
    [InlineData(Era.V4_19, 0)]
    [InlineData(Era.V5_10, 0)]
    [InlineData(Era.V6_1, 0)]
    public void MightSleep_OnEntry_OnlyInV412ToV415_EvenForANullDevice(Era era, int sleeps)
    {
        var (kernel, _, dax) = Rig(era);
        var mark = kernel.Trace.Mark;

        dax.DirectAccess(0, 1);
        DaxDevice.DirectAccess(kernel, null, 0, 1, DaxAccessMode.Access);

        Assert.Equal(2 * sleeps, kernel.Trace.CountSince(mark, KernelEventKind.Sleep));
    }

    [Theory]
    [InlineData(Era.V4_12, 1)]
    [InlineData(Era.V4_15, 1)]
    [InlineData(Era.V4_19, 0)]
    [InlineData(Era.V6_1, 0)]
    public void DirectAccess_InAtomicContext_IsSleepInAtomic_OnlyInV412ToV415(Era era, int violations)
    {
        var (kernel, _, dax) = Rig(era);

        using (kernel.Context.EnterAtomic("spin_lock(tree_lock)"))
            dax.DirectAccess(0, 1);

        Assert.Equal(violations, kernel.Violations.All.Count(v => v.Rule == KernelViolation.SleepInAtomic));
    }

    [Fact]
    public void Kill_MaySleep_SoInAtomicContextItIsAViolation()
    {
        var (kernel, _, dax) = Rig(Era.V6_1);

        using (kernel.Context.EnterAtomic("spin_lock"))
            dax.Kill();

        Assert.Equal(KernelViolation.SleepInAtomic, Assert.Single(kernel.Violations.All).Rule);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void DirectAccess_InErasAAndB_Throws_BecauseDaxDeviceDoesNotExistYet(Era era)
    {
        var (kernel, _, dax) = Rig(era);

        Assert.Throws<InvalidOperationException>(() => dax.DirectAccess(0, 1));
        Assert.Throws<InvalidOperationException>(() => DaxDevice.DirectAccess(kernel, null, 0, 1, DaxAccessMode.Access));
    }
}
