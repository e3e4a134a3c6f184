using PmemSpec.Kernel;

namespace PmemSpec.Reference.Brd;

/// <summary>
/// brd's page store: the radix tree of backing pages keyed by page index, and the copy helpers
/// (brd_lookup_page, brd_insert_page, copy_to_brd_setup, copy_to_brd, copy_from_brd).
/// </summary>
internal sealed class BrdPages
{
    private readonly SimulatedKernel kernel;
    private readonly Gfp gfp;
    private readonly Dictionary<long, ulong> tree = [];
    private readonly string inserter;
    private readonly string treeLock;

    /// <param name="kernel">The machine.</param>
    /// <param name="diskName">For traces.</param>
    /// <remarks>
    /// No __GFP_HIGHMEM while brd has DAX, because direct_access must return an address that is
    /// always mapped (seed 003); it came back only with the 5.x re-enable fix.
    /// </remarks>
    public BrdPages(SimulatedKernel kernel, string diskName)
    {
        this.kernel = kernel;
        inserter = $"brd_insert_page({diskName})";
        treeLock = $"spin_lock(&{diskName}->brd_lock)";
        gfp = Gfp.NoIo | Gfp.Zero | (kernel.Era.BrdAllowsHighmem() ? Gfp.Highmem : Gfp.NoWait);
    }

    public int Count => tree.Count;

    /// <summary>brd_lookup_page: the page holding a sector, or null.</summary>
    /// <remarks>Context: any; does not sleep (RCU lookup).</remarks>
    public ulong? Lookup(long sector) => tree.TryGetValue(sector / Units.SectorsPerPage, out var pfn) ? pfn : null;

    /// <summary>brd_insert_page: the page holding a sector, allocated and zeroed if absent; null on failure.</summary>
    /// <remarks>Context: process; may sleep (GFP_NOIO allocation); takes brd_lock (a spinlock) to insert.</remarks>
    public ulong? Insert(long sector)
    {
        if (Lookup(sector) is { } existing) return existing;
        var page = kernel.Allocator.AllocPage(gfp, inserter);
        if (!page.IsOk) return null;
        using (kernel.Context.EnterAtomic(treeLock))
            tree[sector / Units.SectorsPerPage] = page.Value;
        return page.Value;
    }

    /// <summary>copy_to_brd_setup: makes sure the one or two pages a segment touches exist.</summary>
    /// <remarks>Context: process; may sleep; allocates up to two pages.</remarks>
    public bool Setup(long sector, int n)
    {
        if (Insert(sector) is null) return false;
        var offset = (int)(sector % Units.SectorsPerPage) * Units.SectorSize;
        return offset + n <= Units.PageSize || Insert(sector + ((Units.PageSize - offset) >> Units.SectorShift)) is not null;
    }

    /// <summary>copy_to_brd: copies into pages that <see cref="Setup"/> made present.</summary>
    /// <remarks>Context: any; does not sleep (kmap_atomic).</remarks>
    public void CopyTo(long sector, ReadOnlySpan<byte> src)
    {
        for (var done = 0; done < src.Length;)
        {
            var at = sector + (done >> Units.SectorShift);
            var offset = (int)(at % Units.SectorsPerPage) * Units.SectorSize;
            var n = Math.Min(src.Length - done, Units.PageSize - offset);
            using (var map = kernel.Memory.KmapAtomic(Lookup(at)!.Value))
                kernel.Memory.Write(map.Address + offset, src.Slice(done, n));
            done += n;
        }
    }

    /// <summary>copy_from_brd: copies out of one page, or zeros when the page was never allocated.</summary>
    /// <remarks>Context: any; does not sleep (kmap_atomic); allocates nothing.</remarks>
    public void CopyFrom(long sector, Span<byte> dst)
    {
        if (Lookup(sector) is not { } pfn)
        {
            dst.Clear();
            return;
        }
        var offset = (int)(sector % Units.SectorsPerPage) * Units.SectorSize;
        using var map = kernel.Memory.KmapAtomic(pfn);
        kernel.Memory.Read(map.Address + offset, dst);
    }

    /// <summary>brd_zero_page: zeroes the page holding a sector if it exists; never allocates or frees.</summary>
    /// <remarks>Context: any; does not sleep.</remarks>
    public void Zero(long sector)
    {
        if (Lookup(sector) is not { } pfn) return;
        using var map = kernel.Memory.KmapAtomic(pfn);
        kernel.Memory.Write(map.Address, new byte[Units.PageSize]);
    }
}
