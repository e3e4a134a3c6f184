using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.Device.Brd;

/// <summary>A copy of the reference brd page store (brd_lookup_page, brd_insert_page, copy_to/from_brd) with the hooks the mutants need.</summary>
internal sealed class MutantBrdPages(SimulatedKernel kernel, string diskName, bool zeroFill)
{
    private readonly Gfp gfp = Gfp.NoIo | (zeroFill ? Gfp.Zero : Gfp.NoWait) | (kernel.Era.BrdAllowsHighmem() ? Gfp.Highmem : Gfp.NoWait);
    private readonly Dictionary<long, ulong> tree = [];

    /// <summary>The page holding a sector, or null.</summary>
    public ulong? Lookup(long sector) => tree.TryGetValue(sector / Units.SectorsPerPage, out var pfn) ? pfn : null;

    /// <summary>The page holding a sector, allocated zeroed if absent; null when allocation fails.</summary>
    public ulong? Insert(long sector)
    {
        if (Lookup(sector) is { } existing) return existing;
        var page = kernel.Allocator.AllocPage(gfp, $"brd_insert_page({diskName})");
        if (!page.IsOk) return null;
        using (kernel.Context.EnterAtomic($"spin_lock(&{diskName}->brd_lock)"))
            tree[sector / Units.SectorsPerPage] = page.Value;
        return page.Value;
    }

    /// <summary>Puts another page in the slot of a sector, returning the one it held (null when absent).</summary>
    public ulong? Replace(long sector, ulong pfn)
    {
        var old = Lookup(sector);
        if (old is not null) tree[sector / Units.SectorsPerPage] = pfn;
        return old;
    }

    /// <summary>Takes the page of a sector out of the tree.</summary>
    public ulong? Remove(long sector) => tree.Remove(sector / Units.SectorsPerPage, out var pfn) ? pfn : null;

    /// <summary>copy_to_brd_setup: the one or two pages a segment touches exist.</summary>
    public bool Setup(long sector, int n)
    {
        if (Insert(sector) is null) return false;
        var offset = (int)(sector % Units.SectorsPerPage) * Units.SectorSize;
        return offset + n <= Units.PageSize || Insert(sector + ((Units.PageSize - offset) >> Units.SectorShift)) is not null;
    }

    /// <summary>copy_to_brd into pages <see cref="Setup"/> made present.</summary>
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

    /// <summary>copy_from_brd out of one page; a hole reads as zeros, or as <paramref name="holeByte"/> when the memset is forgotten.</summary>
    public void CopyFrom(long sector, Span<byte> dst, byte holeByte)
    {
        if (Lookup(sector) is not { } pfn)
        {
            dst.Fill(holeByte);
            return;
        }
        var offset = (int)(sector % Units.SectorsPerPage) * Units.SectorSize;
        using var map = kernel.Memory.KmapAtomic(pfn);
        kernel.Memory.Read(map.Address + offset, dst);
    }

    /// <summary>Copies one whole page to another.</summary>
    public void CopyPage(ulong from, ulong to)
    {
        var bytes = new byte[Units.PageSize];
        using (var src = kernel.Memory.KmapAtomic(from))
            kernel.Memory.Read(src.Address, bytes);
        using var dst = kernel.Memory.KmapAtomic(to);
        kernel.Memory.Write(dst.Address, bytes);
    }

    /// <summary>brd_zero_page: zeroes the page of a sector if it exists.</summary>
    public void Zero(long sector)
    {
        if (Lookup(sector) is not { } pfn) return;
        using var map = kernel.Memory.KmapAtomic(pfn);
        kernel.Memory.Write(map.Address, new byte[Units.PageSize]);
    }
}
