using PmemSpec.Block;
using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>
/// A step-for-step copy of the era C path (<see cref="DaxHandle"/>: bdev_dax_pgoff, then
/// <see cref="DaxDevice"/>.dax_direct_access, domain §1.3) whose steps a mutant overrides: the checks
/// before the driver, liveness, and what is made of the driver's answer. Unmutated it must behave
/// exactly like the spec's wrapper.
/// </summary>
internal class DaxCoreCaller(SimulatedKernel kernel, Partition bdev) : IDaxCaller
{
    private readonly bool hasDax = bdev.Disk is IDaxDevice { DaxSupported: true };
    private bool alive = true;

    /// <summary>Pages in the partition.</summary>
    protected long PartitionPages => bdev.NrSectors / Units.SectorsPerPage;

    /// <summary>dax_alive().</summary>
    protected virtual bool Alive => alive;

    /// <summary>dax_direct_access at a partition-relative pgoff.</summary>
    /// <remarks>Context: process, dax_read_lock held; may sleep if the driver may; the driver runs on the I/O path.</remarks>
    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        if (BeforeDriver(pgoff, nrPages) is { } early) return early;
        var driver = (IDaxDevice)bdev.Disk;
        Result<DirectAccessResult> avail;
        using (kernel.Context.EnterIoPath($"dax_direct_access({driver.DiskName} pgoff={pgoff})"))
            avail = driver.DirectAccess(DevicePgoff(pgoff), nrPages, kernel.Era >= Era.V6_1 ? mode : DaxAccessMode.Access);
        return AfterDriver(avail, nrPages);
    }

    /// <summary>kill_dax: clears alive, then synchronize_srcu.</summary>
    /// <remarks>Context: process; may sleep.</remarks>
    public void Kill()
    {
        if (!hasDax) return;
        alive = false;
        kernel.Context.MightSleep($"kill_dax({bdev.Disk.DiskName}): synchronize_srcu");
    }

    /// <summary>
    /// Misaligned partition → -EINVAL (bdev_dax_pgoff); might_sleep (v4.12–v4.15); no dax_device →
    /// -EOPNOTSUPP; dead → -ENXIO; nr_pages &lt; 0 → echoed or -EINVAL (6.x). Null: ask the driver.
    /// </summary>
    protected virtual Result<DirectAccessResult>? BeforeDriver(long pgoff, long nrPages)
    {
        if (hasDax && BdevDaxPgoff() is { } misaligned) return misaligned;
        if (kernel.Era.WrapperMightSleep()) kernel.Context.MightSleep("dax_direct_access");
        if (!hasDax) return Errno.EOPNOTSUPP;
        if (!Alive) return Errno.ENXIO;
        if (nrPages < 0) return kernel.Era.NegativeCountIsEinval() ? Errno.EINVAL : ErrnoText.Echo(nrPages);
        return null;
    }

    /// <summary>bdev_dax_pgoff: -EINVAL when the partition start is not page aligned.</summary>
    protected virtual Errno? BdevDaxPgoff() => bdev.StartSector % Units.SectorsPerPage != 0 ? Errno.EINVAL : null;

    /// <summary>Errors pass unchanged; 0 → -ERANGE; min(avail, nr_pages).</summary>
    protected virtual Result<DirectAccessResult> AfterDriver(Result<DirectAccessResult> avail, long nrPages)
    {
        if (!avail.IsOk) return avail;
        if (avail.Value.Pages == 0) return Errno.ERANGE;
        return avail.Value with { Pages = Math.Min(avail.Value.Pages, nrPages) };
    }

    /// <summary>The device pgoff of a partition-relative one (the partition start rounded down to a page).</summary>
    private long DevicePgoff(long pgoff) => pgoff + (bdev.StartSector / Units.SectorsPerPage);
}
