using System.Globalization;

namespace PmemSpec.Reference.Mm;

/// <summary>A present page-table entry.</summary>
/// <param name="Pfn">The physical frame it maps.</param>
/// <param name="Writable">pte_write.</param>
/// <param name="Special">pte_special: no struct page to count (vm_normal_page returns NULL, gup refuses it).</param>
/// <param name="Devmap">pte_devmap: a ZONE_DEVICE page with a struct page (gup takes a pagemap reference).</param>
/// <param name="Dirty">pte_dirty: written through this entry.</param>
/// <param name="Anon">An anonymous page the mm owns (anonymous memory or a copy-on-write copy).</param>
public readonly record struct PageTableEntry(ulong Pfn, bool Writable, bool Special, bool Devmap, bool Dirty, bool Anon)
{
    /// <summary>True when the entry holds a page reference (normal or devmap page, not special).</summary>
    public bool HasPage => !Special;

    /// <inheritdoc />
    public override string ToString() =>
        "pfn=0x" + Pfn.ToString("x", CultureInfo.InvariantCulture) + (Writable ? " w" : " ro") + (Special ? " special" : "")
        + (Devmap ? " devmap" : "") + (Dirty ? " dirty" : "") + (Anon ? " anon" : "");
}
