using PmemSpec.Block;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Mm;

/// <summary>O_DIRECT with user buffers: pin, I/O, unpin; alignment (domain §7.1).</summary>
public class DirectIoTests
{
    [Fact]
    public void ReadIntoAnonymousMemory_Succeeds_AndTheBufferHoldsTheDeviceBytes()
    {
        var rig = FileRig.Pmem();
        var disk = Partition.Whole(rig.Disk);
        Assert.True(BlockLayer.Write(rig.Kernel, disk, 0, BytePattern.Make(Units.PageSize, seed: 8)).IsOk);
        var at = rig.MapAnonymous(2);

        var read = rig.Process.DirectIoRead(disk, 0, at + 512, Units.PageSize);

        Assert.Equal(Units.PageSize, read.Value);
        Assert.Equal(BytePattern.Make(Units.PageSize, seed: 8), rig.LoadOk(at + 512, Units.PageSize));
    }

    [Fact]
    public void WriteFromAFileMapping_WithStructPages_Succeeds()
    {
        var rig = FileRig.Pmem();
        var at = rig.Map();
        rig.StoreOk(at, BytePattern.Make(512, seed: 3));
        var other = Partition.Whole(ReferenceDrivers.Brd(rig.Kernel, 64, "ram1"));

        Assert.Equal(512, rig.Process.DirectIoWrite(other, 8, at, 512).Value);

        var back = new byte[512];
        Assert.True(BlockLayer.Read(rig.Kernel, other, 8, back).IsOk);
        Assert.Equal(BytePattern.Make(512, seed: 3), back);
    }

    [Theory]
    [InlineData(1, 512)]
    [InlineData(0, 100)]
    [InlineData(0, 0)]
    public void MisalignedBufferOrLength_IsEinval(int offset, int length)
    {
        var rig = FileRig.Pmem();
        var at = rig.MapAnonymous(1);

        Assert.Equal(Errno.EINVAL, rig.Process.DirectIoRead(Partition.Whole(rig.Disk), 0, at + offset, length).Error);
    }

    [Fact]
    public void ADeviceError_IsReturned_AndThePinsAreReleased()
    {
        var rig = FileRig.Pmem();
        var at = rig.MapAnonymous(1);
        rig.StoreOk(at, [1]);
        var pfn = rig.Process.Pte(at)!.Value.Pfn;

        var read = rig.Process.DirectIoRead(Partition.Whole(rig.Disk), rig.Disk.CapacitySectors, at, 512);

        Assert.Equal(Errno.EIO, read.Error);
        Assert.Equal(0, rig.Kernel.Pages.PinCount(pfn));
    }
}
