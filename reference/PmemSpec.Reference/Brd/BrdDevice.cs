using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Reference.Brd;

/// <summary>
/// brd, the RAM disk (drivers/block/brd.c, domain §2): backing pages allocated lazily on first
/// write or direct_access, keyed by page index; reads of never-written sectors return zeros
/// without allocating. DAX exists v4.0–v4.14 and returns exactly one page; it may sleep.
/// </summary>
internal sealed class BrdDevice : IDaxDevice
{
    private readonly SimulatedKernel kernel;
    private readonly BrdPages pages;

    public BrdDevice(SimulatedKernel kernel, string diskName, long capacitySectors)
    {
        this.kernel = kernel;
        DiskName = diskName;
        CapacitySectors = capacitySectors;
        pages = new BrdPages(kernel, diskName);
    }

    public string DiskName { get; }

    public long CapacitySectors { get; }

    public bool ReadOnly => false;

    public DaxTraits Traits => DaxTraits.AllocatesLazily | DaxTraits.PageBacked;

    public bool DaxSupported => kernel.Era.BrdHasDax();

    /// <summary>Backing pages currently allocated (brd_nr_pages).</summary>
    public int NrPages => pages.Count;

    /// <summary>brd_do_bvec(READ): copy_from_brd per page; holes read as zeros.</summary>
    /// <remarks>Context: process; does not sleep; allocates nothing.</remarks>
    public Result Read(long sector, Span<byte> buffer)
    {
        for (var done = 0; done < buffer.Length;)
        {
            var n = Chunk(sector, done, buffer.Length);
            pages.CopyFrom(sector + (done >> Units.SectorShift), buffer.Slice(done, n));
            done += n;
        }
        return Result.Ok;
    }

    /// <summary>brd_do_bvec(WRITE): copy_to_brd_setup (may sleep, allocates) then copy_to_brd per segment.</summary>
    /// <remarks>Context: process; may sleep; allocates the touched pages with GFP_NOIO|__GFP_ZERO.</remarks>
    public Result Write(long sector, ReadOnlySpan<byte> data)
    {
        for (var done = 0; done < data.Length;)
        {
            var at = sector + (done >> Units.SectorShift);
            var n = Math.Min(data.Length - done, Units.PageSize);
            if (!pages.Setup(at, n)) return kernel.Era >= Era.V6_1 ? Errno.ENOMEM : Errno.ENOSPC;
            pages.CopyTo(at, data.Slice(done, n));
            done += n;
        }
        return Result.Ok;
    }

    /// <summary>
    /// discard_from_brd (≤ v4.11): zeroes, never frees, the page holding each whole-page step;
    /// v4.9 refuses an unaligned range (-EIO). Later eras have no discard (-EOPNOTSUPP).
    /// </summary>
    /// <remarks>Context: process; does not sleep; allocates nothing.</remarks>
    public Result Discard(long sector, long nrSectors)
    {
        if (!kernel.Era.BrdDiscardZeroes()) return Errno.EOPNOTSUPP;
        if (kernel.Era.BrdDiscardRequiresAlignment() &&
            (sector % Units.SectorsPerPage != 0 || nrSectors % Units.SectorsPerPage != 0)) return Errno.EIO;
        for (var left = nrSectors * Units.SectorSize; left >= Units.PageSize; left -= Units.PageSize)
        {
            pages.Zero(sector);
            sector += Units.SectorsPerPage;
        }
        return Result.Ok;
    }

    /// <summary>Nothing volatile to flush.</summary>
    /// <remarks>Context: process; does not sleep.</remarks>
    public Result Flush() => Result.Ok;

    /// <summary>brd_direct_access: inserts the page (allocating on demand) and returns exactly one page.</summary>
    /// <remarks>Context: process; may sleep (brd_insert_page allocates with GFP_NOIO); no range check, as in brd.</remarks>
    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        if (!DaxSupported) return Errno.EOPNOTSUPP;
        var pfn = pages.Insert(pgoff * Units.SectorsPerPage);
        if (pfn is not { } n) return Errno.ENOSPC;
        return new DirectAccessResult(1, kernel.Memory.PageAddress(n), PfnT.From(n, PfnFlags.None));
    }

    private static int Chunk(long sector, int done, int length)
    {
        var inPage = (int)(((sector + (done >> Units.SectorShift)) % Units.SectorsPerPage) * Units.SectorSize);
        return Math.Min(length - done, Units.PageSize - inPage);
    }
}
