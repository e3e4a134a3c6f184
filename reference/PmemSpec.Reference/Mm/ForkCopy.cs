namespace PmemSpec.Reference.Mm;

/// <summary>
/// fork's dup_mmap and copy_page_range (domain §7.1): every VMA is copied; entries are copied only
/// for VM_MIXEDMAP VMAs and VMAs with an anon_vma (the others re-fault in the child). A writable
/// entry of a private writable VMA is write-protected in both parent and child (copy-on-write); a
/// page-backed entry (anonymous, devmap) gains a reference for the child; a special entry is
/// copied as it is, with no reference, since vm_normal_page finds no page.
/// </summary>
internal static class ForkCopy
{
    /// <remarks>Context: process; may sleep; takes the child's then the parent's page-table lock per VMA.</remarks>
    public static IProcess Fork(Process parent, string childName)
    {
        parent.Kernel.Context.MightSleep($"fork({parent.Name}): dup_mmap");
        var child = new Process(parent.Mm, childName);
        child.CopyLayoutFrom(parent);
        foreach (var vma in parent.Areas.Where(v => v.ForkCopiesEntries))
            CopyRange(parent, child, vma);
        return parent.Mm.Adopt(child);
    }

    private static void CopyRange(Process parent, Process child, Vma vma)
    {
        using var dst = child.Kernel.Context.LockPageTable(child.Name);
        using var src = parent.Kernel.Context.LockPageTable(parent.Name);
        foreach (var (vpn, pte) in parent.Entries(vma.StartVpn, vma.EndVpn))
        {
            var copy = pte;
            if (vma.IsCowMapping && pte.Writable)
            {
                copy = pte with { Writable = false };
                parent.SetPte(vpn, copy);
            }
            if (copy.HasPage && !child.Kernel.Pages.GetPage(copy.Pfn, $"copy_one_pte({child.Name})").IsOk) continue;
            child.SetPte(vpn, copy);
        }
    }
}
