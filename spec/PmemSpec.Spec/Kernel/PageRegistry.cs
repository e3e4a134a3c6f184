namespace PmemSpec.Kernel;

/// <summary>
/// Which pfns exist, which have a struct page and who owns them; page references and pins.
/// RAM pages always have a struct page; device memory has one only when it was registered with
/// pages (ZONE_DEVICE, domain §3.3); page-less device memory (dcssblk, raw pmem) has none.
/// </summary>
/// <remarks>Context: any; never sleeps; the reference counts allocate nothing after first use of a pfn.</remarks>
public sealed class PageRegistry
{
    private readonly KernelConfig config;
    private readonly EventTrace trace;
    private readonly ViolationLog violations;
    private readonly HashSet<ulong> allocated = [];
    private readonly List<DevicePagemap> pagemaps = [];
    private readonly Dictionary<ulong, int> references = [];
    private readonly Dictionary<ulong, int> pins = [];

    internal PageRegistry(KernelConfig config, EventTrace trace, ViolationLog violations)
    {
        this.config = config;
        this.trace = trace;
        this.violations = violations;
    }

    /// <summary>Every device pagemap ever registered, in registration order.</summary>
    public IReadOnlyList<DevicePagemap> Pagemaps => pagemaps;

    /// <summary>True for a pfn of system RAM.</summary>
    public bool IsRam(ulong pfn) => pfn >= KernelConfig.RamBasePfn && pfn < KernelConfig.RamBasePfn + (ulong)config.RamPages;

    /// <summary>True for a RAM pfn above the lowmem boundary: it has no permanent kernel address.</summary>
    public bool IsHighmem(ulong pfn) => IsRam(pfn) && pfn >= KernelConfig.RamBasePfn + (ulong)config.LowmemPages;

    /// <summary>The device pagemap that covers a pfn, or null.</summary>
    public DevicePagemap? PagemapOf(ulong pfn) => pagemaps.Find(p => p.Contains(pfn));

    /// <summary>pfn_valid() plus a memmap: RAM, or device memory registered with struct pages.</summary>
    public bool HasStructPage(ulong pfn) => IsRam(pfn) || PagemapOf(pfn) is { HasStructPages: true };

    /// <summary>"ram", the owning device's name, or "none".</summary>
    public string OwnerOf(ulong pfn) => IsRam(pfn) ? "ram" : PagemapOf(pfn)?.Owner ?? "none";

    /// <summary>The state of a pfn.</summary>
    public PageState StateOf(ulong pfn)
    {
        if (IsRam(pfn)) return allocated.Contains(pfn) ? PageState.Allocated : PageState.Free;
        return PagemapOf(pfn)?.State switch
        {
            PagemapState.Live => PageState.DeviceLive,
            PagemapState.Dying => PageState.DeviceDying,
            PagemapState.Removed => PageState.DeviceRemoved,
            _ => PageState.Invalid,
        };
    }

    /// <summary>References held on a page (get_page minus put_page).</summary>
    public int RefCount(ulong pfn) => references.GetValueOrDefault(pfn);

    /// <summary>Pins held on a page.</summary>
    public int PinCount(ulong pfn) => pins.GetValueOrDefault(pfn);

    /// <summary>
    /// get_page / get_dev_pagemap: takes a reference. -EFAULT without a struct page (nothing to
    /// count), -ENXIO once the device's removal started (percpu_ref_tryget_live fails).
    /// </summary>
    public Result GetPage(ulong pfn, string caller)
    {
        if (!HasStructPage(pfn)) return Errno.EFAULT;
        var state = StateOf(pfn);
        if (state is PageState.DeviceDying or PageState.DeviceRemoved) return Errno.ENXIO;
        if (state == PageState.Free)
            violations.Report(KernelViolation.UseAfterFree, $"get_page on free pfn 0x{pfn:x} by {caller}");
        references[pfn] = RefCount(pfn) + 1;
        if (PagemapOf(pfn) is { } map) map.References++;
        trace.Record(KernelEventKind.PageGet, $"pfn=0x{pfn:x} ref={references[pfn]} by {caller}");
        return Result.Ok;
    }

    /// <summary>put_page: drops a reference; the last one of a dying device completes its removal.</summary>
    public void PutPage(ulong pfn, string caller)
    {
        var count = RefCount(pfn);
        if (count == 0)
        {
            violations.Report(KernelViolation.BadPageState, $"put_page on pfn 0x{pfn:x} with no reference, by {caller}");
            return;
        }
        references[pfn] = count - 1;
        trace.Record(KernelEventKind.PagePut, $"pfn=0x{pfn:x} ref={count - 1} by {caller}");
        if (PagemapOf(pfn) is { } map && --map.References == 0 && map.State == PagemapState.Dying)
            CompleteRemoval(map);
    }

    /// <summary>get_user_pages/pin_user_pages of one page: a reference plus a pin.</summary>
    public Result Pin(ulong pfn, bool longterm, string caller)
    {
        var got = GetPage(pfn, caller);
        if (!got.IsOk) return got;
        pins[pfn] = PinCount(pfn) + 1;
        trace.Record(KernelEventKind.Pin, $"pfn=0x{pfn:x} pins={pins[pfn]}{(longterm ? " longterm" : "")} by {caller}");
        return Result.Ok;
    }

    /// <summary>unpin_user_page: drops a pin and its reference.</summary>
    public void Unpin(ulong pfn, string caller)
    {
        var count = PinCount(pfn);
        if (count == 0)
        {
            violations.Report(KernelViolation.BadPageState, $"unpin of pfn 0x{pfn:x} that is not pinned, by {caller}");
            return;
        }
        pins[pfn] = count - 1;
        trace.Record(KernelEventKind.Unpin, $"pfn=0x{pfn:x} pins={count - 1} by {caller}");
        PutPage(pfn, caller);
    }

    internal void MarkAllocated(ulong pfn) => allocated.Add(pfn);

    internal bool MarkFree(ulong pfn) => allocated.Remove(pfn);

    internal void Add(DevicePagemap map) => pagemaps.Add(map);

    internal void CompleteRemoval(DevicePagemap map)
    {
        map.State = PagemapState.Removed;
        trace.Record(KernelEventKind.DeviceRemove, $"{map.Owner} pfn=0x{map.BasePfn:x}+{map.NrPages}");
    }
}
