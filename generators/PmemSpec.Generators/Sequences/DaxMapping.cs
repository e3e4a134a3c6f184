using PmemSpec.Dax;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Sequences;

/// <summary>Which pages a direct_access probably maps, judged from the generator's state alone.</summary>
internal static class DaxMapping
{
    /// <summary>
    /// The pages <paramref name="op"/> probably returns addresses for: none when it fails for sure or
    /// probably (out of range, removed, a lazy allocation under pressure, a bad page in DAX_ACCESS
    /// mode); one page on a lazy device (brd returns one page per call); otherwise the requested
    /// pages inside the partition, cut before the first bad page in DAX_RECOVERY_WRITE mode. In
    /// eras A/B a request reaching past the end is -ERANGE as a whole (§1.1 step 4).
    /// </summary>
    public static IEnumerable<long> PagesMappedBy(DirectAccessOp op, SequenceTarget t, GenState s)
    {
        if (s.Removed || !t.PartitionAligned || op.Pages < 1 || op.Pgoff < 0 || op.Pgoff >= t.Pages) return [];
        if (t.Era.IsSectorDax() && op.Pgoff + op.Pages > t.Pages) return [];
        if (t.Lazy && s.Pressure && !s.Backed(op.Pgoff)) return [];
        var count = t.Lazy ? 1 : Math.Min(op.Pages, t.Pages - op.Pgoff);
        var end = op.Pgoff + count;
        if (s.BadPages.FirstOrDefault(p => p >= op.Pgoff && p < end, -1) is var bad and >= 0)
        {
            if (op.Mode == DaxAccessMode.Access) return [];
            count = Math.Max(1, bad - op.Pgoff);
        }
        return Enumerable.Range(0, (int)count).Select(i => op.Pgoff + i);
    }
}
