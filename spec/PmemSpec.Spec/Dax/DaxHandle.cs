using PmemSpec.Block;
using PmemSpec.Kernel;

namespace PmemSpec.Dax;

/// <summary>
/// A caller's way to direct_access a partition in any era, in pages: era C goes through the
/// dax_device (bdev_dax_pgoff adds the partition start), eras A/B through bdev_direct_access with
/// sector = pgoff × 8 and size = pages × 4096 (bytes rounded down to whole pages).
/// </summary>
public sealed class DaxHandle
{
    private readonly SimulatedKernel kernel;
    private readonly DaxDevice? dax;

    /// <summary>Opens a partition for DAX; in era C it looks up (or is given) the disk's dax_device.</summary>
    public DaxHandle(SimulatedKernel kernel, Partition bdev, DaxDevice? dax = null)
    {
        this.kernel = kernel;
        Bdev = bdev;
        this.dax = kernel.Era.IsSectorDax() ? null : dax ?? DaxDevice.Get(kernel, bdev.Disk);
    }

    /// <summary>The partition.</summary>
    public Partition Bdev { get; }

    /// <summary>False once <see cref="Kill"/> ran (era C); eras A/B have no liveness.</summary>
    public bool Alive => dax?.Alive ?? true;

    /// <summary>kill_dax on the dax_device (era C only).</summary>
    /// <remarks>Context: process; may sleep.</remarks>
    public void Kill() => dax?.Kill();

    /// <summary>direct_access of <paramref name="nrPages"/> pages at a partition-relative page offset.</summary>
    /// <remarks>Context: process; may sleep if the driver may; the driver runs on the I/O path.</remarks>
    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode = DaxAccessMode.Access)
    {
        if (kernel.Era.IsSectorDax())
        {
            var bytes = BdevDirectAccess.Call(kernel, Bdev, pgoff * Units.SectorsPerPage, nrPages * Units.PageSize);
            if (!bytes.IsOk) return bytes.Error;
            return new DirectAccessResult(bytes.Value.Bytes / Units.PageSize, bytes.Value.Kaddr, bytes.Value.Pfn);
        }
        if (dax is not null && (Bdev.StartSector % Units.SectorsPerPage != 0)) return Errno.EINVAL;
        var devPgoff = pgoff + (Bdev.StartSector / Units.SectorsPerPage);
        return DaxDevice.DirectAccess(kernel, dax, devPgoff, nrPages, mode);
    }
}
