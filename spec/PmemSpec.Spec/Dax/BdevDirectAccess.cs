using PmemSpec.Block;
using PmemSpec.Kernel;

namespace PmemSpec.Dax;

/// <summary>
/// <c>bdev_direct_access</c> of eras A and B (v4.0–v4.11, domain §1.1–§1.2): the checks and their
/// order between any caller and any driver, in bytes and partition-relative sectors.
/// </summary>
public static class BdevDirectAccess
{
    /// <summary>Maps <paramref name="size"/> bytes at a partition-relative sector.</summary>
    /// <remarks>
    /// Context: process; may sleep (might_sleep() from v4.4); the driver runs on the I/O path.
    /// Order: might_sleep; size &lt; 0 → size echoed; no DAX → -EOPNOTSUPP; past the partition end →
    /// -ERANGE; add the partition start; misaligned → -EINVAL; driver; 0 → -ERANGE; era B
    /// non-page-multiple → -ENXIO; min(avail, size).
    /// </remarks>
    public static Result<SectorDirectAccessResult> Call(SimulatedKernel kernel, Partition bdev, long sector, long size)
    {
        var era = kernel.Era;
        if (!era.IsSectorDax()) throw new InvalidOperationException($"bdev_direct_access does not exist in {era.Display()}; use DaxDevice");
        if (era.WrapperMightSleep()) kernel.Context.MightSleep("bdev_direct_access");
        if (size < 0) return ErrnoText.Echo(size);
        if (bdev.Disk is not IDaxDevice { DaxSupported: true } driver) return Errno.EOPNOTSUPP;
        if (sector < 0 || sector + Units.BytesToSectorsRoundUp(size) > bdev.NrSectors) return Errno.ERANGE;
        sector += bdev.StartSector;
        if (sector % Units.SectorsPerPage != 0) return Errno.EINVAL;
        var avail = CallDriver(kernel, driver, sector, size);
        if (!avail.IsOk) return avail;
        if (avail.Value.Bytes == 0) return Errno.ERANGE;
        if (era.RejectsNonPageMultiple() && avail.Value.Bytes % Units.PageSize != 0) return Errno.ENXIO;
        var pfn = era.HasPfnFlags() ? avail.Value.Pfn : PfnT.From(avail.Value.Pfn.Pfn, PfnFlags.None);
        return avail.Value with { Bytes = Math.Min(avail.Value.Bytes, size), Pfn = pfn };
    }

    private static Result<SectorDirectAccessResult> CallDriver(SimulatedKernel kernel, IDaxDevice driver, long sector, long size)
    {
        using var io = kernel.Context.EnterIoPath($"bdev_direct_access({driver.DiskName} sector={sector})");
        if (driver is ISectorDirectAccess legacy)
            return legacy.DirectAccess(sector, kernel.Era.PassesSizeToDriver() ? size : 0);
        var pages = driver.DirectAccess(sector / Units.SectorsPerPage, Units.BytesToPagesRoundUp(size), DaxAccessMode.Access);
        if (!pages.IsOk) return pages.Error;
        var r = pages.Value;
        return new SectorDirectAccessResult(r.Pages * Units.PageSize, r.Kaddr, r.Pfn);
    }
}
