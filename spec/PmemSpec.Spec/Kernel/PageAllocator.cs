using System.Collections.Concurrent;

namespace PmemSpec.Kernel;

/// <summary>
/// The page allocator (alloc_page / __free_page). When __GFP_HIGHMEM is allowed it hands out
/// highmem first, so a caller that wrongly allows highmem gets a page with no kernel address.
/// Pages without __GFP_ZERO hold <see cref="PhysicalMemory.PagePoison"/>; freed pages are poisoned.
/// Freed pages are reused last-in first-out, so a stale address soon points at someone else's data.
/// </summary>
public sealed class PageAllocator
{
    private static readonly ConcurrentDictionary<Gfp, string> GfpTexts = new();

    private readonly KernelConfig config;
    private readonly PageRegistry registry;
    private readonly PhysicalMemory physical;
    private readonly KernelContext context;
    private readonly EventTrace trace;
    private readonly ViolationLog violations;
    private readonly Stack<ulong> freeLow = new();
    private readonly Stack<ulong> freeHigh = new();
    private ulong nextLow = KernelConfig.RamBasePfn;
    private ulong nextHigh;
    private int failNext;

    internal PageAllocator(KernelConfig config, PageRegistry registry, PhysicalMemory physical,
        KernelContext context, EventTrace trace, ViolationLog violations)
    {
        this.config = config;
        this.registry = registry;
        this.physical = physical;
        this.context = context;
        this.trace = trace;
        this.violations = violations;
        nextHigh = KernelConfig.RamBasePfn + (ulong)config.LowmemPages;
    }

    /// <summary>While true every allocation fails, as when reclaim finds nothing to free.</summary>
    public bool MemoryPressure { get; set; }

    /// <summary>Pages currently allocated.</summary>
    public long AllocatedPages { get; private set; }

    /// <summary>Makes the next <paramref name="count"/> allocations fail (fault injection).</summary>
    public void FailNext(int count) => failNext = count;

    /// <summary>alloc_page(gfp): one page, or -ENOMEM.</summary>
    /// <remarks>
    /// Context: may sleep when <paramref name="gfp"/> has <see cref="Gfp.DirectReclaim"/> (recorded
    /// through might_sleep, a violation in atomic context); on the I/O path <see cref="Gfp.Io"/>
    /// is a violation (reclaim could recurse into the block layer). Allocates one page.
    /// </remarks>
    public Result<ulong> AllocPage(Gfp gfp, string caller)
    {
        if (gfp.HasFlag(Gfp.DirectReclaim)) context.MightSleep($"alloc_page({Text(gfp)}) by {caller}");
        if (context.OnIoPath && gfp.HasFlag(Gfp.Io))
            violations.Report(KernelViolation.IoAllocOnIoPath, $"alloc_page({Text(gfp)}) by {caller} on the I/O path: reclaim may recurse into I/O");
        if (MemoryPressure || failNext > 0 || !TryTake(gfp.HasFlag(Gfp.Highmem), out var pfn))
        {
            if (failNext > 0) failNext--;
            trace.Record(KernelEventKind.AllocFailed, $"alloc_page({Text(gfp)}) by {caller}");
            return Errno.ENOMEM;
        }
        registry.MarkAllocated(pfn);
        physical.Fill(pfn, gfp.HasFlag(Gfp.Zero) ? (byte)0 : PhysicalMemory.PagePoison);
        AllocatedPages++;
        trace.Record(KernelEventKind.Alloc, $"pfn=0x{pfn:x} {(registry.IsHighmem(pfn) ? "highmem " : "")}gfp={Text(gfp)} by {caller}");
        return pfn;
    }

    /// <summary>__free_page: poisons the page and returns it; freeing a page twice is a violation.</summary>
    /// <remarks>Context: any; never sleeps.</remarks>
    public void FreePage(ulong pfn, string caller)
    {
        if (!registry.MarkFree(pfn))
        {
            violations.Report(KernelViolation.BadPageState, $"free of pfn 0x{pfn:x} that is not allocated, by {caller}");
            return;
        }
        physical.Fill(pfn, PhysicalMemory.PagePoison);
        AllocatedPages--;
        (registry.IsHighmem(pfn) ? freeHigh : freeLow).Push(pfn);
        trace.Record(KernelEventKind.Free, $"pfn=0x{pfn:x} by {caller}");
    }

    // The flags' text, made once per combination (a [Flags] enum formats itself anew every time).
    private static string Text(Gfp gfp) => GfpTexts.GetOrAdd(gfp, static g => g.ToString());

    private bool TryTake(bool highmemAllowed, out ulong pfn)
    {
        if (highmemAllowed && TryTakeHigh(out pfn)) return true;
        if (freeLow.TryPop(out pfn)) return true;
        if (nextLow < KernelConfig.RamBasePfn + (ulong)config.LowmemPages)
        {
            pfn = nextLow++;
            return true;
        }
        return false;
    }

    private bool TryTakeHigh(out ulong pfn)
    {
        if (freeHigh.TryPop(out pfn)) return true;
        if (nextHigh < KernelConfig.RamBasePfn + (ulong)config.RamPages)
        {
            pfn = nextHigh++;
            return true;
        }
        return false;
    }
}
