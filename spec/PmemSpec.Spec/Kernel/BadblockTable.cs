namespace PmemSpec.Kernel;

/// <summary>The known media errors of one disk, in 512-byte sectors (<c>struct badblocks</c>).</summary>
/// <remarks>Context: any; never sleeps.</remarks>
public sealed class BadblockTable
{
    private readonly SortedSet<long> sectors = [];

    /// <summary>True when any bad block is known.</summary>
    public bool Any => sectors.Count > 0;

    /// <summary>How many bad sectors are known.</summary>
    public int Count => sectors.Count;

    /// <summary>The bad sectors, ascending.</summary>
    public IEnumerable<long> Sectors => sectors;

    /// <summary>badblocks_set: marks sectors bad.</summary>
    public void Add(long sector, long count)
    {
        for (var s = sector; s < sector + count; s++) sectors.Add(s);
    }

    /// <summary>badblocks_clear: marks sectors good (a write through the driver cleared poison).</summary>
    public void Clear(long sector, long count)
    {
        // RemoveWhere walks (and allocates for) the whole tree: only call it when something is in range.
        if (count > 0 && Intersects(sector, count)) sectors.RemoveWhere(s => s >= sector && s < sector + count);
    }

    /// <summary>badblocks_check: does [sector, sector + count) touch a bad sector?</summary>
    public bool Intersects(long sector, long count) => FirstBad(sector, count) is not null;

    /// <summary>The first bad sector in [sector, sector + count), or null.</summary>
    public long? FirstBad(long sector, long count)
    {
        if (count <= 0 || sectors.Count == 0) return null;
        var view = sectors.GetViewBetween(sector, sector + count - 1);
        return view.Count > 0 ? view.Min : null;
    }
}
