namespace PmemSpec.Reference.Mm;

/// <summary>
/// Copy-on-write of private mappings (do_wp_page, wp_page_copy, do_cow_fault): the page is copied into
/// a new anonymous page before the page-table lock is taken; an exclusive anonymous page is reused.
/// </summary>
internal static class CopyOnWrite
{
    /// <summary>A write to a read-only entry of a private mapping.</summary>
    /// <remarks>Context: process; may sleep (allocation) before it takes the page-table lock.</remarks>
    public static AccessResult Break(Process p, Vma vma, ulong vpn, PageTableEntry pte)
    {
        if (pte.Anon && p.Kernel.Pages.RefCount(pte.Pfn) == 1)
        {
            using (p.Kernel.Context.LockPageTable(p.Name))
                p.SetPte(vpn, pte with { Writable = true, Dirty = true });
            return AccessResult.Ok(UserAddress.OfPage(vpn));
        }
        return Copy(p, vma, vpn, pte.Pfn);
    }

    /// <summary>Copies frame <paramref name="source"/> into a new anonymous page and maps it writable in place of any entry.</summary>
    /// <remarks>Context: process; may sleep (allocation); the copy reads the source through the physical view, checked.</remarks>
    public static AccessResult Copy(Process p, Vma vma, ulong vpn, ulong source)
    {
        var at = UserAddress.OfPage(vpn);
        var page = p.Mm.Anon.Alloc($"wp_page_copy({p.Name})", zero: false);
        if (!page.IsOk) return AccessResult.Oom(at);
        var bytes = new byte[Units.PageSize];
        var signal = UserMemory.Check(p, source, at);
        if (signal != SignalCode.None)
        {
            p.Mm.Anon.Put(page.Value, $"wp_page_copy({p.Name})");
            return AccessResult.Sigbus(at, signal);
        }
        p.Kernel.Physical.ReadPhys(source, 0, bytes);
        p.Kernel.Physical.WritePhys(page.Value, 0, bytes);
        vma.HasAnonVma = true;
        PageTableEntry? old;
        using (p.Kernel.Context.LockPageTable(p.Name))
        {
            old = p.ClearPte(vpn);
            p.SetPte(vpn, new PageTableEntry(page.Value, Writable: true, Special: false, Devmap: false, Dirty: true, Anon: true));
        }
        if (old is { HasPage: true } dropped) p.Mm.Anon.Put(dropped.Pfn, $"wp_page_copy({p.Name})");
        return AccessResult.Ok(at);
    }
}
