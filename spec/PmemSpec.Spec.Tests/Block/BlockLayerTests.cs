using PmemSpec.Block;
using PmemSpec.Kernel;
using PmemSpec.Spec.Tests.Fakes;

namespace PmemSpec.Spec.Tests.Block;

public sealed class BlockLayerTests
{
    private readonly SimulatedKernel kernel = new();
    private readonly RecordingDisk disk;

    public BlockLayerTests() => disk = new RecordingDisk(kernel.Context, capacitySectors: 64);

    [Fact]
    public void Read_InRange_ReachesTheDriver_OnTheIoPath()
    {
        var buffer = new byte[Units.SectorSize];

        var result = BlockLayer.Read(kernel, Partition.Whole(disk), 3, buffer);

        Assert.True(result.IsOk);
        Assert.Equal((1, 3L, 512L, true), (disk.Calls, disk.LastSector, disk.LastBytes, disk.SawIoPath));
        Assert.All(buffer, b => Assert.Equal(RecordingDisk.ReadByte, b));
        Assert.False(kernel.Context.OnIoPath);
    }

    [Fact]
    public void Write_AddsThePartitionStart()
    {
        var partition = new Partition(disk, 16, 32);

        var result = BlockLayer.Write(kernel, partition, 5, new byte[2 * Units.SectorSize]);

        Assert.True(result.IsOk);
        Assert.Equal((21L, true), (disk.LastSector, disk.SawIoPath));
    }

    [Theory]
    [InlineData(0, 64)]
    [InlineData(63, 1)]
    public void Write_EndingExactlyAtThePartitionEnd_Passes(long sector, int sectors) =>
        Assert.True(BlockLayer.Write(kernel, Partition.Whole(disk), sector, new byte[sectors * Units.SectorSize]).IsOk);

    [Theory]
    [InlineData(64, 1)]
    [InlineData(63, 2)]
    [InlineData(-1, 1)]
    public void Read_OutOfTheDiskRange_IsEio_AndTheDriverIsNotCalled(long sector, int sectors)
    {
        var result = BlockLayer.Read(kernel, Partition.Whole(disk), sector, new byte[sectors * Units.SectorSize]);

        Assert.Equal(Errno.EIO, result.Error);
        Assert.Equal(0, disk.Calls);
    }

    [Fact]
    public void Write_PastThePartitionEnd_IsEio_EvenInsideTheDisk()
    {
        var partition = new Partition(disk, 16, 8);

        Assert.Equal(Errno.EIO, BlockLayer.Write(kernel, partition, 8, new byte[Units.SectorSize]).Error);
        Assert.Equal(0, disk.Calls);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(511)]
    [InlineData(513)]
    public void Write_OfANonSectorMultiple_IsEinval(int bytes)
    {
        Assert.Equal(Errno.EINVAL, BlockLayer.Write(kernel, Partition.Whole(disk), 0, new byte[bytes]).Error);
        Assert.Equal(0, disk.Calls);
    }

    [Fact]
    public void Read_MaySleep_SoInAtomicContextItIsAViolation()
    {
        var mark = kernel.Trace.Mark;
        using (kernel.Context.EnterAtomic("spin_lock"))
            BlockLayer.Read(kernel, Partition.Whole(disk), 0, new byte[Units.SectorSize]);

        Assert.Equal(1, kernel.Trace.CountSince(mark, KernelEventKind.Sleep));
        Assert.Equal(KernelViolation.SleepInAtomic, Assert.Single(kernel.Violations.All).Rule);
    }

    [Fact]
    public void Read_RecordsMightSleep_EvenWhenItFailsTheChecks()
    {
        BlockLayer.Read(kernel, Partition.Whole(disk), 64, new byte[Units.SectorSize]);

        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.Sleep));
    }

    [Fact]
    public void Discard_InRange_ReachesTheDriverWithWholeDiskSectors()
    {
        var result = BlockLayer.Discard(kernel, new Partition(disk, 8, 16), 4, 12);

        Assert.True(result.IsOk);
        Assert.Equal((12L, 12L * Units.SectorSize, true), (disk.LastSector, disk.LastBytes, disk.SawIoPath));
    }

    [Theory]
    [InlineData(0, -1, Errno.EINVAL)]
    [InlineData(4, 13, Errno.EIO)]
    public void Discard_OutOfShape_Fails_WithoutTheDriver(long sector, long count, Errno expected)
    {
        Assert.Equal(expected, BlockLayer.Discard(kernel, new Partition(disk, 8, 16), sector, count).Error);
        Assert.Equal(0, disk.Calls);
    }

    [Fact]
    public void Flush_ReachesTheDriver_OnTheIoPath_AndMaySleep()
    {
        Assert.True(BlockLayer.Flush(kernel, Partition.Whole(disk)).IsOk);

        Assert.Equal((1, true), (disk.Calls, disk.SawIoPath));
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.Sleep));
    }
}
