using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Spec.Tests.Fakes;

namespace PmemSpec.Spec.Tests.Dax;

/// <summary>
/// <see cref="BdevDirectAccess"/>, eras A and B (domain §1.1–§1.2). This file: the checks before
/// the driver and their order — a request that breaks two rules gets the earlier rule's errno.
/// </summary>
public sealed partial class BdevDirectAccessTests
{
    private static (SimulatedKernel Kernel, ScriptedDaxDevice Disk) Rig(Era era, long capacitySectors = 1024)
    {
        var kernel = new SimulatedKernel(era);
        return (kernel, new ScriptedDaxDevice(kernel.Context, capacitySectors));
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void NegativeSize_IsEchoed_BeforeTheDaxRangeAndAlignmentChecks(Era era)
    {
        var kernel = new SimulatedKernel(era);
        var plain = new RecordingDisk(kernel.Context, capacitySectors: 64);

        var result = BdevDirectAccess.Call(kernel, Partition.Whole(plain), sector: 1001, size: -4096);

        Assert.Equal((Errno)4096, result.Error);
        Assert.Equal("-4096", ErrnoText.Of(result.Error));
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void NegativeSize_OfTheMostNegativeLong_IsEchoedSaturated_NotAnException(Era era)
    {
        var (kernel, disk) = Rig(era);

        var result = BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, long.MinValue);

        Assert.Equal((Errno)int.MaxValue, result.Error);
        Assert.Equal(0, disk.Calls);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void DiskWithoutDax_IsEopnotsupp_BeforeTheRangeCheck(Era era)
    {
        var kernel = new SimulatedKernel(era);
        var plain = new RecordingDisk(kernel.Context, capacitySectors: 64);

        var result = BdevDirectAccess.Call(kernel, Partition.Whole(plain), sector: 1001, size: 4096);

        Assert.Equal(Errno.EOPNOTSUPP, result.Error);
        Assert.Equal(0, plain.Calls);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void DaxDriverThatDoesNotSupportDax_IsEopnotsupp_BeforeTheRangeCheck(Era era)
    {
        var kernel = new SimulatedKernel(era);
        var disk = new ScriptedDaxDevice(kernel.Context, 64) { DaxSupported = false };

        var result = BdevDirectAccess.Call(kernel, Partition.Whole(disk), sector: 1001, size: 4096);

        Assert.Equal(Errno.EOPNOTSUPP, result.Error);
        Assert.Equal(0, disk.Calls);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void PastThePartitionEnd_IsErange_BeforeAlignment_EvenWhenMisaligned(Era era)
    {
        var (kernel, disk) = Rig(era);

        var result = BdevDirectAccess.Call(kernel, new Partition(disk, 8, 16), sector: 3, size: 14 * Units.SectorSize);

        Assert.Equal(Errno.ERANGE, result.Error);
        Assert.Equal(0, disk.Calls);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void Range_IsThePartitionLength_NotTheDiskCapacity(Era era)
    {
        var (kernel, disk) = Rig(era);

        var result = BdevDirectAccess.Call(kernel, new Partition(disk, 8, 16), sector: 16, size: Units.SectorSize);

        Assert.Equal(Errno.ERANGE, result.Error);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void RequestEndingExactlyAtThePartitionEnd_Passes(Era era)
    {
        var (kernel, disk) = Rig(era);

        var result = BdevDirectAccess.Call(kernel, new Partition(disk, 8, 16), sector: 8, size: Units.PageSize);

        Assert.True(result.IsOk);
        Assert.Equal(1, disk.Calls);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void OneByteBeyondThePartitionEnd_IsErange_BecauseSizeRoundsUpToSectors(Era era)
    {
        var (kernel, disk) = Rig(era);

        var result = BdevDirectAccess.Call(kernel, new Partition(disk, 8, 16), sector: 8, size: Units.PageSize + 1);

        Assert.Equal(Errno.ERANGE, result.Error);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void NegativeSector_IsErange_AsAnUnsignedSectorWouldBe(Era era)
    {
        var (kernel, disk) = Rig(era);

        Assert.Equal(Errno.ERANGE, BdevDirectAccess.Call(kernel, Partition.Whole(disk), sector: -8, size: 0).Error);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void MisalignedSector_IsEinval_AndTheDriverIsNotCalled(Era era)
    {
        var (kernel, disk) = Rig(era);

        var results = Enumerable.Range(1, 7).Select(s => BdevDirectAccess.Call(kernel, Partition.Whole(disk), s, Units.SectorSize).Error);

        Assert.All(results, e => Assert.Equal(Errno.EINVAL, e));
        Assert.Equal(0, disk.Calls);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void MisalignedPartitionStart_MakesEveryPageAlignedRequestEinval(Era era)
    {
        var (kernel, disk) = Rig(era);
        var partition = new Partition(disk, 1, 64);

        var results = new long[] { 0, 8, 16, 56 }.Select(s => BdevDirectAccess.Call(kernel, partition, s, Units.PageSize).Error);

        Assert.All(results, e => Assert.Equal(Errno.EINVAL, e));
        Assert.Equal(0, disk.Calls);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void PartitionStart_IsAddedBeforeTheAlignmentCheck(Era era)
    {
        var (kernel, disk) = Rig(era);

        var result = BdevDirectAccess.Call(kernel, new Partition(disk, 1, 64), sector: 7, size: Units.PageSize);

        Assert.True(result.IsOk);
        Assert.Equal(1, disk.LastPgoff);
    }

    [Theory]
    [MemberData(nameof(DaxEras.Sector), MemberType = typeof(DaxEras))]
    public void SizeZero_AtThePartitionEnd_PassesTheRangeCheck_ThenADriverZeroIsErange(Era era)
    {
        var (kernel, disk) = Rig(era);
        disk.Next = ScriptedDaxDevice.Pages(0);

        var result = BdevDirectAccess.Call(kernel, new Partition(disk, 8, 16), sector: 16, size: 0);

        Assert.Equal(Errno.ERANGE, result.Error);
        Assert.Equal((1, 3L), (disk.Calls, disk.LastPgoff));
    }
}
