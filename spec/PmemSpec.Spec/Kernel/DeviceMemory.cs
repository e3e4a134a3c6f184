namespace PmemSpec.Kernel;

/// <summary>Registration and removal of device memory (the devm_memremap_pages / memunmap_pages idea).</summary>
public sealed class DeviceMemory
{
    /// <summary>Pages left unmapped between two registrations, so an overrun lands on nothing.</summary>
    public const long GuardPages = 512;

    private readonly PageRegistry registry;
    private readonly KernelContext context;
    private readonly EventTrace trace;
    private ulong nextPfn = KernelConfig.DeviceBasePfn;

    internal DeviceMemory(PageRegistry registry, KernelContext context, EventTrace trace)
    {
        this.registry = registry;
        this.context = context;
        this.trace = trace;
    }

    /// <summary>Registers <paramref name="nrPages"/> of device memory, with or without struct pages.</summary>
    /// <remarks>Context: process; may sleep (memmap setup); allocates the range, not its content.</remarks>
    public DevicePagemap Register(string owner, long nrPages, bool withStructPages)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nrPages);
        context.MightSleep($"devm_memremap{(withStructPages ? "_pages" : "")}({owner})");
        var map = new DevicePagemap(owner, nextPfn, nrPages, withStructPages, KernelAddressSpace.MemremapAddress(nextPfn));
        nextPfn += (ulong)(nrPages + GuardPages);
        registry.Add(map);
        trace.Record(KernelEventKind.DeviceRegister, map.ToString());
        return map;
    }

    /// <summary>
    /// memunmap_pages: refuses new references at once, then completes when the last outstanding
    /// reference is dropped. Returns true when removal completed now, false while it waits.
    /// </summary>
    /// <remarks>Context: process; may sleep (it waits for references).</remarks>
    public bool Remove(DevicePagemap map)
    {
        context.MightSleep($"memunmap_pages({map.Owner})");
        if (map.State != PagemapState.Live) return map.State == PagemapState.Removed;
        map.State = PagemapState.Dying;
        trace.Record(KernelEventKind.DeviceKill, $"{map.Owner} refs={map.References}");
        if (map.References == 0) registry.CompleteRemoval(map);
        return map.State == PagemapState.Removed;
    }
}
