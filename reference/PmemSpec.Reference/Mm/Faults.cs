using PmemSpec.Kernel;

namespace PmemSpec.Reference.Mm;

/// <summary>
/// handle_mm_fault for one page: find the VMA, check its protection, then a missing entry goes to the
/// object's fault handler (or the anonymous path), and a write to a read-only entry goes to
/// pfn_mkwrite (shared) or copy-on-write (private).
/// </summary>
internal static class Faults
{
    /// <summary>Resolves one fault; the outcome is also traced.</summary>
    /// <remarks>Context: the faulting process, mmap_sem held for read; may sleep; never calls a handler under the page-table lock.</remarks>
    public static AccessResult Handle(Process p, ulong vpn, bool write)
    {
        var at = UserAddress.OfPage(vpn);
        var vma = p.FindVma(vpn);
        var result = vma is null ? AccessResult.Segv(at, SignalCode.SegvMaperr)
            : !vma.Allows(write) ? AccessResult.Segv(at, SignalCode.SegvAccerr)
            : HandleIn(p, vma, vpn, write);
        p.Kernel.Trace.Record(KernelEventKind.Fault, $"{p.Name} {at} {(write ? "write" : "read")}: {result}");
        return result;
    }

    /// <summary>The AccessResult of a handler's VM_FAULT_* error.</summary>
    public static AccessResult ToAccess(VmFaultResult answer, UserAddress at) => answer.Kind switch
    {
        VmFaultKind.Hwpoison => AccessResult.Sigbus(at, SignalCode.BusMceerrAr),
        VmFaultKind.Oom => AccessResult.Oom(at),
        VmFaultKind.Sigbus => AccessResult.Sigbus(at),
        _ => AccessResult.Ok(at),
    };

    private static AccessResult HandleIn(Process p, Vma vma, ulong vpn, bool write)
    {
        var at = UserAddress.OfPage(vpn);
        if (p.PteOf(vpn) is not { } pte)
            return vma.Mapping is null ? AnonFault(p, vma, vpn, write) : ObjectFault(p, vma, vpn, write);
        if (!write || pte.Writable) return AccessResult.Ok(at);
        return vma.Shared ? Mkwrite(p, vma, vpn) : CopyOnWrite.Break(p, vma, vpn, pte);
    }

    /// <summary>do_read_fault / do_shared_fault / do_cow_fault: ask the object, then install or copy.</summary>
    private static AccessResult ObjectFault(Process p, Vma vma, ulong vpn, bool write)
    {
        var at = UserAddress.OfPage(vpn);
        var answer = vma.Mapping!.Fault(new VmFault(p.Name, at, vma.PgoffOf(vpn), write, vma.Shared));
        if (answer.Kind != VmFaultKind.Pfn) return ToAccess(answer, at);
        if (p.Mm.IsPoisoned(answer.Pfn.Pfn)) return AccessResult.Sigbus(at, SignalCode.BusMceerrAr);
        if (write && !vma.Shared) return CopyOnWrite.Copy(p, vma, vpn, answer.Pfn.Pfn);
        return InsertPfn(p, vpn, answer.Pfn, writable: write, at);
    }

    /// <summary>
    /// vm_insert_mixed → insert_pfn: a devmap pfn becomes a devmap entry holding a page reference;
    /// any other pfn (page-less, or a RAM page whose pfn_t is not devmap, like brd's) a special
    /// entry that holds none (domain §4.3, §7.1).
    /// </summary>
    private static AccessResult InsertPfn(Process p, ulong vpn, PfnT pfn, bool writable, UserAddress at)
    {
        var devmap = pfn.IsDevmap;
        if (devmap && !p.Kernel.Pages.GetPage(pfn.Pfn, $"insert_pfn({p.Name})").IsOk) return AccessResult.Sigbus(at);
        using (p.Kernel.Context.LockPageTable(p.Name))
            p.SetPte(vpn, new PageTableEntry(pfn.Pfn, writable, Special: !devmap, Devmap: devmap, Dirty: writable, Anon: false));
        return AccessResult.Ok(at);
    }

    /// <summary>do_anonymous_page: a zeroed page of our own (the kit maps no shared zero page).</summary>
    private static AccessResult AnonFault(Process p, Vma vma, ulong vpn, bool write)
    {
        var at = UserAddress.OfPage(vpn);
        var page = p.Mm.Anon.Alloc($"do_anonymous_page({p.Name})", zero: true);
        if (!page.IsOk) return AccessResult.Oom(at);
        vma.HasAnonVma = true;
        using (p.Kernel.Context.LockPageTable(p.Name))
            p.SetPte(vpn, new PageTableEntry(page.Value, vma.Prot.HasFlag(Protection.Write), false, false, write, Anon: true));
        return AccessResult.Ok(at);
    }

    /// <summary>wp_pfn_shared: the object's pfn_mkwrite, then the entry is made writable and dirty.</summary>
    private static AccessResult Mkwrite(Process p, Vma vma, ulong vpn)
    {
        var at = UserAddress.OfPage(vpn);
        var answer = vma.Mapping is null ? VmFaultResult.NoPage : vma.Mapping.PfnMkwrite(new VmFault(p.Name, at, vma.PgoffOf(vpn), true, true));
        if (answer.Kind is not (VmFaultKind.NoPage or VmFaultKind.Pfn)) return ToAccess(answer, at);
        using (p.Kernel.Context.LockPageTable(p.Name))
            if (p.PteOf(vpn) is { } pte) p.SetPte(vpn, pte with { Writable = true, Dirty = true });
        return AccessResult.Ok(at);
    }
}
