namespace PmemSpec.Dax;

/// <summary>
/// The era A/B form of the driver op, <c>direct_access(bdev, sector, &amp;addr, &amp;pfn[, size])</c>,
/// returning bytes. A driver implements it only to model byte-granular results (for example the
/// v4.6–v4.9 dcssblk off-by-one); otherwise the wrapper adapts the page-based op.
/// </summary>
public interface ISectorDirectAccess
{
    /// <summary>Bytes addressable from a whole-disk sector (the remaining length; the core clamps).</summary>
    /// <remarks>Context: process; may sleep unless the driver declares otherwise.</remarks>
    Result<SectorDirectAccessResult> DirectAccess(long sector, long size);
}
