namespace PmemSpec.Model;

/// <summary>
/// The oracle: the simplest statement of a device's state — bytes per sector (sparse), which pages
/// a lazy device must have allocated, badblocks, liveness, memory pressure, and the address and
/// pfn each page was given. The runner asks it what is allowed, then applies what was observed.
/// </summary>
public sealed partial class DeviceModel
{
    private readonly Dictionary<long, SectorValue> sectors = [];
    private readonly Dictionary<long, PageAllocation> allocation = [];
    private readonly SortedSet<long> bad = [];
    private readonly Dictionary<long, DaxMapping> mappings = [];

    /// <summary>A fresh device: every sector zero, nothing allocated.</summary>
    public DeviceModel(DeviceFacts facts) => Facts = facts;

    /// <summary>The device's facts.</summary>
    public DeviceFacts Facts { get; }

    /// <summary>True once the device was removed (kill_dax).</summary>
    public bool Removed { get; private set; }

    /// <summary>True while every page allocation fails.</summary>
    public bool Pressure { get; private set; }

    /// <summary>True after a successful Populate: every page is allocated.</summary>
    public bool Populated { get; private set; }

    /// <summary>The value of a partition-relative sector.</summary>
    public SectorValue Sector(long sector) => sectors.GetValueOrDefault(sector, SectorValue.Fresh);

    /// <summary>Whether a lazy device must hold a page for a whole-disk page index.</summary>
    public PageAllocation Allocation(long diskPage) =>
        Populated && diskPage >= 0 && diskPage < Facts.CapacitySectors / Units.SectorsPerPage ? PageAllocation.Present
        : allocation.GetValueOrDefault(diskPage, PageAllocation.Absent);

    /// <summary>The mapping a previous direct_access established for a partition-relative page, if any.</summary>
    public DaxMapping? Mapping(long pgoff) => mappings.TryGetValue(pgoff, out var m) ? m : null;

    /// <summary>Any mapping so far, as the anchor of pmem's linearity (§12 item 12): the one of the lowest pgoff.</summary>
    public (long Pgoff, DaxMapping Mapping)? AnyMapping()
    {
        (long Pgoff, DaxMapping Mapping)? lowest = null;
        foreach (var (pgoff, mapping) in mappings)
            if (lowest is not { } l || pgoff < l.Pgoff) lowest = (pgoff, mapping);
        return lowest;
    }

    /// <summary>True when any sector of [sector, sector + count) is bad (partition-relative).</summary>
    public bool IsBad(long sector, long count) => count > 0 && bad.GetViewBetween(sector, sector + count - 1).Count > 0;

    /// <summary>The first bad partition-relative sector in the range, or null.</summary>
    public long? FirstBad(long sector, long count) =>
        count > 0 && bad.GetViewBetween(sector, sector + count - 1) is { Count: > 0 } v ? v.Min : null;

    /// <summary>True when any bad sector is known.</summary>
    public bool AnyBad => bad.Count > 0;

    /// <summary>True when [sector, sector + count) lies inside the partition.</summary>
    public bool InRange(long sector, long count) => sector >= 0 && count >= 0 && sector + count <= Facts.PartitionSectors;

    /// <summary>Pages a write of the range must newly allocate on a lazy device; null when unknown.</summary>
    public int? PagesToAllocate(long sector, long count)
    {
        var n = 0;
        foreach (var page in DiskPages(sector, count))
        {
            var state = Allocation(page);
            if (state == PageAllocation.Unknown) return null;
            if (state == PageAllocation.Absent) n++;
        }
        return n;
    }

    /// <summary>The whole-disk pages a partition-relative sector range touches.</summary>
    public IEnumerable<long> DiskPages(long sector, long count)
    {
        if (count <= 0) yield break;
        for (var p = Facts.DiskPage(sector); p <= Facts.DiskPage(sector + count - 1); p++) yield return p;
    }
}
