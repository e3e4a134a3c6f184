using PmemSpec.Block;
using PmemSpec.Kernel;

namespace PmemSpec.Dax;

/// <summary>
/// A <c>struct dax_device</c> of era C (v4.12+): liveness plus the validating
/// <c>dax_direct_access</c> wrapper around a driver (drivers/dax/super.c, domain §1.3).
/// </summary>
public sealed class DaxDevice
{
    private readonly SimulatedKernel kernel;

    /// <summary>alloc_dax: registers a live dax_device for a driver.</summary>
    public DaxDevice(SimulatedKernel kernel, IDaxDevice driver)
    {
        this.kernel = kernel;
        Driver = driver;
    }

    /// <summary>The driver behind it.</summary>
    public IDaxDevice Driver { get; }

    /// <summary>dax_alive(): false once <see cref="Kill"/> ran.</summary>
    public bool Alive { get; private set; } = true;

    /// <summary>The dax_device of a disk, or null when the disk offers no DAX (dax_get_by_host).</summary>
    public static DaxDevice? Get(SimulatedKernel kernel, IBlockDevice disk) =>
        disk is IDaxDevice { DaxSupported: true } driver ? new DaxDevice(kernel, driver) : null;

    /// <summary>kill_dax: clears alive, then synchronize_srcu so no caller still sees it alive.</summary>
    /// <remarks>Context: process; may sleep (synchronize_srcu).</remarks>
    public void Kill()
    {
        Alive = false;
        kernel.Context.MightSleep($"kill_dax({Driver.DiskName}): synchronize_srcu");
    }

    /// <summary>dax_direct_access on this device.</summary>
    /// <remarks>Context: process, dax_read_lock held; may sleep if the driver may.</remarks>
    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode = DaxAccessMode.Access) =>
        DirectAccess(kernel, this, pgoff, nrPages, mode);

    /// <summary>
    /// dax_direct_access. Order: might_sleep (v4.12–v4.15); NULL → -EOPNOTSUPP; dead → -ENXIO;
    /// nr_pages &lt; 0 → echoed (≤5.x) or -EINVAL (6.x); driver; 0 → -ERANGE; min(avail, nr_pages).
    /// </summary>
    /// <remarks>Context: process, dax_read_lock held; may sleep if the driver may; the driver runs on the I/O path.</remarks>
    public static Result<DirectAccessResult> DirectAccess(SimulatedKernel kernel, DaxDevice? dax, long pgoff, long nrPages, DaxAccessMode mode)
    {
        var era = kernel.Era;
        if (era.IsSectorDax()) throw new InvalidOperationException($"dax_direct_access does not exist in {era.Display()}; use BdevDirectAccess");
        if (era.WrapperMightSleep()) kernel.Context.MightSleep("dax_direct_access");
        if (dax is null) return Errno.EOPNOTSUPP;
        if (!dax.Alive) return Errno.ENXIO;
        if (nrPages < 0) return era.NegativeCountIsEinval() ? Errno.EINVAL : ErrnoText.Echo(nrPages);
        Result<DirectAccessResult> avail;
        using (kernel.Context.EnterIoPath($"dax_direct_access({dax.Driver.DiskName} pgoff={pgoff})"))
            avail = dax.Driver.DirectAccess(pgoff, nrPages, era >= Era.V6_1 ? mode : DaxAccessMode.Access);
        if (!avail.IsOk) return avail;
        if (avail.Value.Pages == 0) return Errno.ERANGE;
        return avail.Value with { Pages = Math.Min(avail.Value.Pages, nrPages) };
    }
}
