namespace PmemSpec.Invariants.User;

/// <summary>A present page-table entry of a process, at a page of one of its mappings (or of a range it unmapped).</summary>
/// <param name="Proc">The process's label.</param>
/// <param name="Map">The mapping's label.</param>
/// <param name="Page">The page inside the mapping.</param>
/// <param name="Pfn">The frame it maps.</param>
/// <param name="Special">pte_special: no page reference behind it.</param>
/// <param name="Anon">An anonymous page (a private copy).</param>
public readonly record struct UserEntry(int Proc, int Map, long Page, ulong Pfn, bool Special, bool Anon)
{
    /// <inheritdoc />
    public override string ToString() => $"proc={Proc} map={Map} page={Page} pfn=0x{Pfn:x}{(Special ? " special" : "")}{(Anon ? " anon" : "")}";
}
