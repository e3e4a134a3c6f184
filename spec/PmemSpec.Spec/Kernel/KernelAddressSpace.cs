namespace PmemSpec.Kernel;

/// <summary>
/// Kernel virtual addresses: the direct map of lowmem RAM, memremap of device memory, and the
/// kmap window for highmem. Every access is checked: a free page, removed device memory or an
/// unmapped address is recorded as a violation (the kernel would oops or corrupt silently).
/// </summary>
/// <remarks>Context: any; never sleeps.</remarks>
public sealed class KernelAddressSpace
{
    private const ulong DirectMapBase = 0xffff_8880_0000_0000;
    private const ulong MemremapBase = 0xffff_c900_0000_0000;
    private const ulong KmapBase = 0xffff_ffff_e000_0000;
    private const int KmapSlots = 1024;

    private readonly PageRegistry registry;
    private readonly PhysicalMemory physical;
    private readonly KernelContext context;
    private readonly ViolationLog violations;
    private readonly ulong?[] kmapSlots = new ulong?[KmapSlots];

    internal KernelAddressSpace(PageRegistry registry, PhysicalMemory physical, KernelContext context, ViolationLog violations)
    {
        this.registry = registry;
        this.physical = physical;
        this.context = context;
        this.violations = violations;
    }

    internal static KernelAddress MemremapAddress(ulong pfn) =>
        new(MemremapBase + ((pfn - KernelConfig.DeviceBasePfn) << Units.PageShift));

    /// <summary>page_address(): the permanent address of a lowmem or device page; NULL for highmem or no memory.</summary>
    public KernelAddress PageAddress(ulong pfn)
    {
        if (registry.IsRam(pfn)) return registry.IsHighmem(pfn) ? KernelAddress.Null : new(DirectMapBase + (pfn << Units.PageShift));
        return registry.PagemapOf(pfn) is null ? KernelAddress.Null : MemremapAddress(pfn);
    }

    /// <summary>The pfn and in-page offset an address maps, if anything maps it.</summary>
    public bool TryTranslate(KernelAddress address, out ulong pfn, out int offset)
    {
        var a = address.Value;
        offset = (int)(a & (Units.PageSize - 1));
        pfn = a >= KmapBase ? KmapPfn(a) : a >= MemremapBase ? MemremapPfn(a) : DirectMapPfn(a);
        return pfn != 0;
    }

    /// <summary>Reads through a kernel address; may cross pages of one contiguous mapping.</summary>
    /// <remarks>Context: any. Every page is checked before a byte moves, so a faulting read leaves the destination untouched.</remarks>
    public Result Read(KernelAddress address, Span<byte> destination)
    {
        for (var done = 0; done < destination.Length;)
        {
            var at = address + done;
            if (!TryTranslate(at, out var pfn, out var offset))
                return Fault(KernelViolation.BadAddress, $"unable to handle page fault for address {at}");
            if (CheckLive(pfn, at) is { IsOk: false } dead) return dead;
            done += Math.Min(destination.Length - done, Units.PageSize - offset);
        }
        for (var done = 0; done < destination.Length;)
        {
            TryTranslate(address + done, out var pfn, out var offset);
            var n = Math.Min(destination.Length - done, Units.PageSize - offset);
            physical.ReadPhys(pfn, offset, destination.Slice(done, n));
            done += n;
        }
        return Result.Ok;
    }

    /// <summary>Writes through a kernel address; may cross pages of one contiguous mapping.</summary>
    /// <remarks>Context: any. The pages before a fault are written, as a faulting memcpy leaves them.</remarks>
    public Result Write(KernelAddress address, ReadOnlySpan<byte> source)
    {
        for (var done = 0; done < source.Length;)
        {
            var at = address + done;
            if (!TryTranslate(at, out var pfn, out var offset))
                return Fault(KernelViolation.BadAddress, $"unable to handle page fault for address {at}");
            if (CheckLive(pfn, at) is { IsOk: false } dead) return dead;
            var n = Math.Min(source.Length - done, Units.PageSize - offset);
            physical.WritePhys(pfn, offset, source.Slice(done, n));
            done += n;
        }
        return Result.Ok;
    }

    /// <summary>kmap_atomic(): a temporary address for any RAM page; enters atomic context.</summary>
    public KmapScope KmapAtomic(ulong pfn)
    {
        var atomic = context.EnterAtomic("kmap_atomic");
        var permanent = PageAddress(pfn);
        if (!permanent.IsNull) return new KmapScope(permanent, atomic, () => { });
        var slot = Array.IndexOf(kmapSlots, null);
        if (slot < 0) throw new InvalidOperationException("kmap_atomic: all slots in use (missing kunmap_atomic)");
        kmapSlots[slot] = pfn;
        return new KmapScope(new KernelAddress(KmapBase + ((ulong)slot << Units.PageShift)), atomic, () => kmapSlots[slot] = null);
    }

    private Result CheckLive(ulong pfn, KernelAddress at)
    {
        switch (registry.StateOf(pfn))
        {
            case PageState.Free:
                violations.Report(KernelViolation.UseAfterFree, $"access to free page pfn 0x{pfn:x} at {at}");
                return Result.Ok;
            case PageState.DeviceRemoved:
                return Fault(KernelViolation.RemovedDeviceAccess, $"access to removed device memory pfn 0x{pfn:x} at {at}");
            case PageState.Invalid:
                return Fault(KernelViolation.BadAddress, $"no memory at pfn 0x{pfn:x} ({at})");
            default:
                return Result.Ok;
        }
    }

    private Result Fault(string rule, string message)
    {
        violations.Report(rule, message);
        return Errno.EFAULT;
    }

    private ulong DirectMapPfn(ulong a)
    {
        if (a < DirectMapBase) return 0;
        var pfn = (a - DirectMapBase) >> Units.PageShift;
        return registry.IsRam(pfn) && !registry.IsHighmem(pfn) ? pfn : 0;
    }

    private static ulong MemremapPfn(ulong a) => KernelConfig.DeviceBasePfn + ((a - MemremapBase) >> Units.PageShift);

    private ulong KmapPfn(ulong a)
    {
        var slot = (a - KmapBase) >> Units.PageShift;
        return slot < KmapSlots ? kmapSlots[slot] ?? 0 : 0;
    }
}
