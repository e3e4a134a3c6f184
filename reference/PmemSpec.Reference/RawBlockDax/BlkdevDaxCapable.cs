using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Reference.RawBlockDax;

/// <summary>
/// blkdev_dax_capable (v4.6, block/ioctl.c; domain §8): the bdev inode gets S_DAX only if the driver
/// has direct_access, the partition is page aligned in start and length, and the disk has no known
/// badblocks ("force all I/O through the driver / page cache").
/// </summary>
internal static class BlkdevDaxCapable
{
    /// <remarks>Context: process; never sleeps.</remarks>
    public static bool Check(SimulatedKernel kernel, Partition bdev) =>
        bdev.Disk is IDaxDevice { DaxSupported: true }
        && bdev.IsPageAligned
        && !kernel.Badblocks.For(bdev.Disk.DiskName).Any;
}
