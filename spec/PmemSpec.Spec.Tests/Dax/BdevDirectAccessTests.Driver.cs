using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Spec.Tests.Fakes;

namespace PmemSpec.Spec.Tests.Dax;

/// <summary>This file: the driver call and what the wrapper does with its result.</summary>
public sealed partial class BdevDirectAccessTests
{
    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void Driver_GetsTheWholeDiskPageOffset_AndPagesRoundedUp_OnTheIoPath(Era era)
    {
        var (kernel, disk) = Rig(era);

        BdevDirectAccess.Call(kernel, new Partition(disk, 16, 64), sector: 8, size: Units.PageSize + 1);

        Assert.Equal((3L, 2L, DaxAccessMode.Access, true), (disk.LastPgoff, disk.LastNrPages, disk.LastMode, disk.SawIoPath));
        Assert.False(kernel.Context.OnIoPath);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void DriverReturningZero_IsErange(Era era)
    {
        var (kernel, disk) = Rig(era);
        disk.Next = ScriptedDaxDevice.Pages(0);

        Assert.Equal(Errno.ERANGE, BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, Units.PageSize).Error);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void DriverError_PassesThroughUnchanged(Era era)
    {
        var (kernel, disk) = Rig(era);
        disk.Next = Errno.EIO;

        Assert.Equal(Errno.EIO, BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, Units.PageSize).Error);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void Result_IsClampedToTheSmallerOfAvailableAndRequested(Era era)
    {
        Assert.Equal(Units.PageSize, Bytes(era, driverPages: 4, size: Units.PageSize));
        Assert.Equal(100, Bytes(era, driverPages: 4, size: 100));
        Assert.Equal(Units.PageSize, Bytes(era, driverPages: 1, size: 3 * Units.PageSize));
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void Result_CarriesTheDriversAddress(Era era)
    {
        var (kernel, disk) = Rig(era);

        var result = BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, Units.PageSize).Value;

        Assert.Equal((ScriptedDaxDevice.Kaddr, ScriptedDaxDevice.Pfn.Pfn), (result.Kaddr, result.Pfn.Pfn));
    }

    [Theory]
    [InlineData(Era.V4_1, PfnFlags.None)]
    [InlineData(Era.V4_4, PfnFlags.None)]
    [InlineData(Era.V4_6, PfnFlags.Dev | PfnFlags.Map)]
    [InlineData(Era.V4_9, PfnFlags.Dev | PfnFlags.Map)]
    public void PfnFlags_AreStrippedBeforePfnT_Existed(Era era, PfnFlags expected)
    {
        var (kernel, disk) = Rig(era);

        var result = BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, Units.PageSize).Value;

        Assert.Equal(expected, result.Pfn.Flags);
    }

    [Theory]
    [InlineData(Era.V4_1, false)]
    [InlineData(Era.V4_4, false)]
    [InlineData(Era.V4_6, true)]
    [InlineData(Era.V4_9, true)]
    public void NonPageMultipleResult_IsEnxioInEraB_EvenWhenLargerThanTheRequest(Era era, bool enxio)
    {
        var kernel = new SimulatedKernel(era);
        var disk = new ByteDaxDevice(kernel.Context) { Next = ByteDaxDevice.Bytes((2 * Units.PageSize) - 1) };

        var result = BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, Units.PageSize);

        if (enxio) Assert.Equal(Errno.ENXIO, result.Error);
        else Assert.Equal(Units.PageSize, result.Value.Bytes);
    }

    [Theory]
    [InlineData(Era.V4_1)]
    [InlineData(Era.V4_4)]
    public void NonPageMultipleResult_SmallerThanTheRequest_IsReturnedAsIsInEraA(Era era)
    {
        var kernel = new SimulatedKernel(era);
        var disk = new ByteDaxDevice(kernel.Context) { Next = ByteDaxDevice.Bytes(1000) };

        Assert.Equal(1000, BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, Units.PageSize).Value.Bytes);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void SectorDriver_GetsTheWholeDiskSector_OnTheIoPath_AndItsErrorsPassThrough(Era era)
    {
        var kernel = new SimulatedKernel(era);
        var disk = new ByteDaxDevice(kernel.Context) { Next = Errno.ENOMEM };

        var result = BdevDirectAccess.Call(kernel, new Partition(disk, 8, 64), sector: 16, size: Units.PageSize);

        Assert.Equal(Errno.ENOMEM, result.Error);
        Assert.Equal((24L, true), (disk.LastSector, disk.SawIoPath));
    }

    [Theory]
    [InlineData(Era.V4_1, 3 * Units.PageSize)]
    [InlineData(Era.V4_4, 0)]
    [InlineData(Era.V4_6, 0)]
    [InlineData(Era.V4_9, 3 * Units.PageSize)]
    public void Size_IsPassedToTheDriver_OnlyInV41AndV49(Era era, long expectedSize)
    {
        var kernel = new SimulatedKernel(era);
        var disk = new ByteDaxDevice(kernel.Context) { Next = ByteDaxDevice.Bytes(8 * Units.PageSize) };

        BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, 3 * Units.PageSize);

        Assert.Equal(expectedSize, disk.LastSize);
    }

    private static long Bytes(Era era, long driverPages, long size)
    {
        var (kernel, disk) = Rig(era);
        disk.Next = ScriptedDaxDevice.Pages(driverPages);
        return BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, size).Value.Bytes;
    }
}
