using PmemSpec.Block;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Reference;

/// <summary>The factory for raw block-device DAX (mmap of /dev/pmemN itself, v4.5–v4.6); the device is internal.</summary>
public static class ReferenceRawBlockDax
{
    /// <summary>
    /// Opens a block device for DAX mmap. -EOPNOTSUPP outside the 4.6 tree (raw-bdev DAX mmap is
    /// reverted before v4.9; later kernels map a block device through the page cache, which the kit
    /// does not model), and whenever blkdev_dax_capable says no: no direct_access, a partition not
    /// page aligned in start and length, or known badblocks (domain §8).
    /// </summary>
    /// <remarks>Context: process; may sleep (blkdev_open); allocates nothing.</remarks>
    public static Result<IRawBlockDaxDevice> Open(IMm mm, Partition bdev)
    {
        if (!mm.Kernel.Era.HasRawBlockDaxMmap() || !BlkdevDaxCapable.Check(mm.Kernel, bdev)) return Errno.EOPNOTSUPP;
        mm.Kernel.Context.MightSleep($"blkdev_open({bdev})");
        return new RawBlockDaxDevice(mm, bdev);
    }
}
