using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.Device.Brd;

/// <summary>
/// A copy of the reference brd (reference/Brd/BrdDevice.cs) built with one <see cref="BrdBug"/>;
/// with <see cref="BrdBug.None"/> it behaves like the reference and must pass the same run.
/// </summary>
internal sealed class MutantBrd : IDaxDevice
{
    private const byte StaleByte = 0xA5;

    private readonly SimulatedKernel kernel;
    private readonly BrdBug bug;
    private readonly MutantBrdPages pages;
    private ulong spare;

    public MutantBrd(SimulatedKernel kernel, long capacitySectors, BrdBug bug)
    {
        this.kernel = kernel;
        this.bug = bug;
        CapacitySectors = capacitySectors;
        pages = new MutantBrdPages(kernel, DiskName, zeroFill: bug != BrdBug.NoZeroFill);
        if (bug == BrdBug.DirectAccessSwapsPage) spare = kernel.Allocator.AllocPage(Gfp.Kernel | Gfp.Zero, "brd bounce page").Value;
    }

    public string DiskName => "ram0";

    public long CapacitySectors { get; }

    public bool ReadOnly => false;

    public DaxTraits Traits => DaxTraits.AllocatesLazily | DaxTraits.PageBacked;

    public bool DaxSupported => kernel.Era.BrdHasDax();

    public Result Read(long sector, Span<byte> buffer)
    {
        var hole = bug == BrdBug.HoleReadsGarbage ? StaleByte : (byte)0;
        for (var done = 0; done < buffer.Length;)
        {
            var at = sector + (done >> Units.SectorShift);
            var n = Math.Min(buffer.Length - done, Units.PageSize - (int)(at % Units.SectorsPerPage * Units.SectorSize));
            pages.CopyFrom(at, buffer.Slice(done, n), hole);
            done += n;
        }
        return Result.Ok;
    }

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

    public Result Discard(long sector, long nrSectors) => bug switch
    {
        BrdBug.DiscardFreesButKeepsPage => FreeWholePages(sector, nrSectors),
        _ when !kernel.Era.BrdDiscardZeroes() => Errno.EOPNOTSUPP,
        _ when kernel.Era.BrdDiscardRequiresAlignment() && (sector % Units.SectorsPerPage != 0 || nrSectors % Units.SectorsPerPage != 0) => Errno.EIO,
        _ => ZeroPageSteps(sector, nrSectors),
    };

    public Result Flush() => Result.Ok;

    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        if (!DaxSupported) return Errno.EOPNOTSUPP;
        var sector = pgoff * Units.SectorsPerPage;
        if (bug == BrdBug.DirectAccessSwapsPage && pages.Lookup(sector) is { } present)
        {
            pages.CopyPage(present, spare);
            pages.Replace(sector, spare);
            spare = present;
        }
        if (pages.Insert(sector) is not { } pfn) return Errno.ENOSPC;
        if (bug == BrdBug.DirectAccessPutsPage) kernel.Allocator.FreePage(pfn, "put_page in brd_direct_access");
        return new DirectAccessResult(1, kernel.Memory.PageAddress(pfn), PfnT.From(pfn, PfnFlags.None));
    }

    /// <summary>discard_from_brd (≤ v4.11): each whole-page step zeroes its page, or with the bug frees it.</summary>
    private Result ZeroPageSteps(long sector, long nrSectors)
    {
        for (var left = nrSectors * Units.SectorSize; left >= Units.PageSize; left -= Units.PageSize)
        {
            if (bug != BrdBug.DiscardFreesPages) pages.Zero(sector);
            else if (pages.Remove(sector) is { } pfn) kernel.Allocator.FreePage(pfn, "brd_free_page (discard)");
            sector += Units.SectorsPerPage;
        }
        return Result.Ok;
    }

    /// <summary>The 2024 page-freeing discard (start rounded up, end down) without the xa_erase.</summary>
    private Result FreeWholePages(long sector, long nrSectors)
    {
        var first = (sector + Units.SectorsPerPage - 1) / Units.SectorsPerPage;
        for (var page = first; (page + 1) * Units.SectorsPerPage <= sector + nrSectors; page++)
            if (pages.Lookup(page * Units.SectorsPerPage) is { } pfn) kernel.Allocator.FreePage(pfn, "brd_free_one_page (discard)");
        return Result.Ok;
    }
}
