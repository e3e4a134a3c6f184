using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Dax;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Sequences;

/// <summary>
/// direct_access calls: mostly 1..8 pages inside the partition (multi-page more often on linear
/// devices, never-touched pages more often on lazy ones, bad pages when there are some), some at
/// the edges, a few at or past the end, rarely a negative page count. Atomic context only where
/// <see cref="SequenceTarget.AtomicAllowed"/>; DAX_RECOVERY_WRITE rarely, only in 6.1.
/// </summary>
internal static class DirectAccessGen
{
    private const int MaxPages = 8;

    /// <summary>The direct_access operations the state makes interesting.</summary>
    public static Gen<DeviceOp> For(SequenceTarget t, GenState s)
    {
        var f = FixedGens.Of(t);
        var mode = s.BadPages.IsEmpty ? f.DaxModeWithoutBadPages : f.DaxModeWithBadPages;
        return Range(t, s, f).SelectMany(r => f.DaxContext.Zip(mode,
            (ctx, m) => (DeviceOp)new DirectAccessOp(r.Pgoff, r.Pages, ctx, m)));
    }

    /// <summary>The requests at the edges and past the end, with their weights (built once per target, see <see cref="FixedGens"/>).</summary>
    public static (int Weight, Gen<(long Pgoff, long Pages)> Gen)[] EdgeRanges(SequenceTarget t) =>
    [
        (14, Gen.Elements((0L, 1L), (t.Pages - 1L, 1L), (t.Pages - 1L, (long)MaxPages), (0L, (long)MaxPages))),
        (4, Gen.Constant((t.Pages + 0L, 1L))),
        (4, Gen.Choose(1, 64).Select(k => (t.Pages + (long)k, 1L))),
        (2, Gen.Choose(0, t.Pages - 1).Zip(Gen.Choose(-MaxPages, -1), (p, n) => ((long)p, (long)n))),
    ];

    /// <summary>Pages per request: one, or 2..8 (more often on linear devices).</summary>
    public static Gen<long> Count(SequenceTarget t) =>
        Weighted.Pick((t.Linear ? 40 : 70, Gen.Constant(1L)), (t.Linear ? 60 : 30, Gen.Choose(2, MaxPages).Select(n => (long)n)));

    /// <summary>The caller's context: atomic a quarter of the time where allowed.</summary>
    public static Gen<CallContext> Ctx(SequenceTarget t) =>
        t.AtomicAllowed ? Weighted.Pick((3, Gen.Constant(CallContext.Process)), (1, Gen.Constant(CallContext.Atomic)))
            : Gen.Constant(CallContext.Process);

    /// <summary>The access mode: DAX_RECOVERY_WRITE rarely (more often with bad pages), only in 6.1.</summary>
    public static Gen<DaxAccessMode> Mode(SequenceTarget t, bool badPages)
    {
        if (!t.RecoveryAllowed) return Gen.Constant(DaxAccessMode.Access);
        var recovery = badPages ? 15 : 3;
        return Weighted.Pick((100 - recovery, Gen.Constant(DaxAccessMode.Access)), (recovery, Gen.Constant(DaxAccessMode.RecoveryWrite)));
    }

    private static Gen<(long Pgoff, long Pages)> Range(SequenceTarget t, GenState s, FixedGens f)
    {
        var edges = f.DaxEdgeRanges;
        var choices = new (int, Gen<(long, long)>)[edges.Length + (s.BadPages.IsEmpty ? 1 : 2)];
        choices[0] = (72, ArgGen.Page(t, s, t.Lazy ? 85 : 60).Zip(f.DaxCount, (p, n) => (p, n)));
        edges.CopyTo(choices, 1);
        if (!s.BadPages.IsEmpty) choices[^1] = (10, Gen.Elements<long>(s.BadPages).Zip(f.DaxCount, (p, n) => (p, n)));
        return Weighted.Pick(choices);
    }
}
