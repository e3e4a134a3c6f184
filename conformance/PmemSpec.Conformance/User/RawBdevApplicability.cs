using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.User;

/// <summary>
/// Whether a candidate driver can be opened for raw block-device DAX mmap at all: v4.6's
/// blkdev_dax_capable gives the bdev inode S_DAX only with direct_access, a page-aligned size and no
/// badblocks (domain §8). A driver it refuses is not wrong; the raw-bdev suite just does not apply.
/// </summary>
internal static class RawBdevApplicability
{
    /// <summary>Why the reference raw-bdev layer refuses the driver, or null when it opens (or the driver throws, which the set-up probe reports as EXC-101).</summary>
    /// <remarks>Context: process; runs the driver (for a candidate of check PATH, call it in the worker).</remarks>
    public static string? WhyNot(Func<SimulatedKernel, IDaxDevice> create)
    {
        try
        {
            var kernel = new SimulatedKernel(Era.V4_6);
            var disk = create(kernel);
            var bdev = Partition.Whole(disk);
            if (ReferenceRawBlockDax.Open(ReferenceMm.Create(kernel), bdev).IsOk) return null;
            return $"blkdev_dax_capable refuses {disk.DiskName} (domain §8): {Reason(kernel, disk, bdev)}, so it cannot be mmapped as a raw DAX block device";
        }
#pragma warning disable CA1031 // Do not catch general exception types — a throwing driver is the set-up probe's to report.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static string Reason(SimulatedKernel kernel, IDaxDevice disk, Partition bdev)
    {
        if (!disk.DaxSupported) return "it has no direct_access (DaxSupported is false)";
        if (!bdev.IsPageAligned) return $"its {disk.CapacitySectors} sectors are not a whole number of pages";
        return kernel.Badblocks.For(disk.DiskName).Any ? "it has known badblocks" : "the reference raw-bdev layer refused to open it";
    }
}
