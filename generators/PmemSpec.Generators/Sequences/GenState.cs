using System.Collections.Immutable;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Sequences;

/// <summary>
/// What the generator believes about the device after the operations drawn so far. The generator
/// never runs them, so it under-approximates: a page counts as mapped only when the direct_access
/// that covered it very probably succeeded, and stops counting once a discard or removal may have
/// dropped it.
/// </summary>
/// <param name="Mapped">Partition pages a direct_access probably returned an address for.</param>
/// <param name="Written">Partition pages probably holding written bytes (reads of them check data).</param>
/// <param name="BadPages">Partition pages holding an injected bad sector.</param>
/// <param name="Removed">RemoveDevice was drawn.</param>
/// <param name="Pressure">Memory pressure is on.</param>
/// <param name="Populated">A Populate probably allocated every page.</param>
internal sealed record GenState(ImmutableSortedSet<long> Mapped, ImmutableSortedSet<long> Written,
    ImmutableSortedSet<long> BadPages, bool Removed, bool Pressure, bool Populated)
{
    /// <summary>A fresh device.</summary>
    public static GenState Initial { get; } = new([], [], [], Removed: false, Pressure: false, Populated: false);

    /// <summary>Pages the state knows of (mapped or written, ascending), for operations that revisit rather than go somewhere fresh.</summary>
    public IReadOnlyList<long> Touched => Merge(Mapped, Written);

    /// <summary>True when a lazy device probably holds a page for <paramref name="page"/>.</summary>
    public bool Backed(long page) => Populated || Written.Contains(page) || Mapped.Contains(page);

    /// <summary>The state after <paramref name="op"/>.</summary>
    public GenState After(DeviceOp op, SequenceTarget t) => op switch
    {
        WriteOp w when CanStore(t, allocates: true) => this with { Written = Written.Union(t.PagesOf(w.Sector, w.Sectors)) },
        StoreViaDaxOp s when CanStore(t, allocates: false) => this with { Written = Written.Add(s.Pgoff) },
        DiscardOp d => this with { Mapped = Mapped.Except(t.PagesOf(d.Sector, d.Sectors)) },
        PopulateOp => this with { Populated = Populated || CanStore(t, allocates: true) },
        DirectAccessOp a => this with { Mapped = Mapped.Union(DaxMapping.PagesMappedBy(a, t, this)) },
        MemoryPressureOp m => this with { Pressure = m.On },
        MediaErrorOp e => this with { BadPages = BadPages.Union(t.PagesOf(e.Sector, e.Sectors)) },
        RemoveDeviceOp => this with { Removed = true, Mapped = [] },
        _ => this,
    };

    // The ascending union of two sets as one array: ImmutableSortedSet.Union would build a new
    // tree, node by node, on every operation the generator draws.
    private static IReadOnlyList<long> Merge(ImmutableSortedSet<long> a, ImmutableSortedSet<long> b)
    {
        if (a.IsEmpty) return b;
        if (b.IsEmpty) return a;
        var merged = new long[a.Count + b.Count];
        int i = 0, j = 0, n = 0;
        while (i < a.Count && j < b.Count)
        {
            var (x, y) = (a[i], b[j]);
            merged[n++] = Math.Min(x, y);
            if (x <= y) i++;
            if (y <= x) j++;
        }
        while (i < a.Count) merged[n++] = a[i++];
        while (j < b.Count) merged[n++] = b[j++];
        return n == merged.Length ? merged : merged[..n];
    }

    private bool CanStore(SequenceTarget t, bool allocates) => !t.ReadOnly && !(allocates && t.Lazy && Pressure);
}
