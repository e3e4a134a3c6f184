using PmemSpec.Block;
using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>
/// A step-for-step copy of the era A/B path (<see cref="DaxHandle"/> → <see cref="BdevDirectAccess"/>,
/// domain §1.1–§1.2) whose steps a mutant overrides: the checks before the driver and what is made
/// of its answer. Unmutated it must behave exactly like the spec's wrapper.
/// </summary>
internal class BdevCaller(SimulatedKernel kernel, Partition bdev) : IDaxCaller
{
    /// <summary>bdev_direct_access in pages: sector = pgoff × 8, size = pages × 4096.</summary>
    /// <remarks>Context: process; may sleep (might_sleep from v4.4); the driver runs on the I/O path.</remarks>
    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var sector = pgoff * Units.SectorsPerPage;
        var size = nrPages * Units.PageSize;
        if (kernel.Era.WrapperMightSleep()) kernel.Context.MightSleep("bdev_direct_access");
        if (BeforeDriver(sector, size) is { } error) return error;
        var bytes = AfterDriver(CallDriver((IDaxDevice)bdev.Disk, bdev.StartSector + sector, size), size);
        if (!bytes.IsOk) return bytes.Error;
        return new DirectAccessResult(bytes.Value.Bytes / Units.PageSize, bytes.Value.Kaddr, bytes.Value.Pfn);
    }

    /// <summary>Eras A/B have no liveness.</summary>
    /// <remarks>Context: any; does nothing.</remarks>
    public void Kill()
    {
    }

    /// <summary>size &lt; 0 → echoed; no DAX → -EOPNOTSUPP; past the end → -ERANGE; misaligned → -EINVAL.</summary>
    protected virtual Errno? BeforeDriver(long sector, long size)
    {
        if (size < 0) return ErrnoText.Echo(size);
        if (NoDax) return Errno.EOPNOTSUPP;
        if (PastEnd(sector, size)) return Errno.ERANGE;
        if (Misaligned(sector)) return Errno.EINVAL;
        return null;
    }

    /// <summary>Errors pass; 0 → -ERANGE; era B non-page-multiple → -ENXIO; min(avail, size).</summary>
    protected virtual Result<SectorDirectAccessResult> AfterDriver(Result<SectorDirectAccessResult> avail, long size)
    {
        if (!avail.IsOk) return avail;
        if (avail.Value.Bytes == 0) return Errno.ERANGE;
        if (kernel.Era.RejectsNonPageMultiple() && avail.Value.Bytes % Units.PageSize != 0) return Errno.ENXIO;
        return Clamped(avail.Value, size);
    }

    protected long PartitionSectors => bdev.NrSectors;

    protected bool NoDax => bdev.Disk is not IDaxDevice { DaxSupported: true };

    protected bool PastEnd(long sector, long size) => sector < 0 || sector + Units.BytesToSectorsRoundUp(size) > bdev.NrSectors;

    protected bool Misaligned(long sector) => (bdev.StartSector + sector) % Units.SectorsPerPage != 0;

    protected SectorDirectAccessResult Clamped(SectorDirectAccessResult avail, long size) =>
        avail with { Bytes = Math.Min(avail.Bytes, size), Pfn = kernel.Era.HasPfnFlags() ? avail.Pfn : PfnT.From(avail.Pfn.Pfn, PfnFlags.None) };

    private Result<SectorDirectAccessResult> CallDriver(IDaxDevice driver, long sector, long size)
    {
        using var io = kernel.Context.EnterIoPath($"bdev_direct_access({driver.DiskName} sector={sector})");
        if (driver is ISectorDirectAccess legacy)
            return legacy.DirectAccess(sector, kernel.Era.PassesSizeToDriver() ? size : 0);
        var pages = driver.DirectAccess(sector / Units.SectorsPerPage, Units.BytesToPagesRoundUp(size), DaxAccessMode.Access);
        if (!pages.IsOk) return pages.Error;
        return new SectorDirectAccessResult(pages.Value.Pages * Units.PageSize, pages.Value.Kaddr, pages.Value.Pfn);
    }
}
