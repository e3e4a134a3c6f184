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
    public static Gen<DeviceOp> For(SequenceTarget t, GenState s) =>
        Range(t, s).SelectMany(r => Ctx(t).Zip(Mode(t, s),
            (ctx, mode) => (DeviceOp)new DirectAccessOp(r.Pgoff, r.Pages, ctx, mode)));

    private static Gen<(long Pgoff, long Pages)> Range(SequenceTarget t, GenState s)
    {
        var choices = new (int, Gen<(long, long)>)[s.BadPages.IsEmpty ? 5 : 6];
        choices[0] = (72, ArgGen.Page(t, s, t.Lazy ? 85 : 60).Zip(Count(t), (p, n) => (p, n)));
        choices[1] = (14, Gen.Elements((0L, 1L), (t.Pages - 1L, 1L), (t.Pages - 1L, (long)MaxPages), (0L, (long)MaxPages)));
        choices[2] = (4, Gen.Constant((t.Pages + 0L, 1L)));
        choices[3] = (4, Gen.Choose(1, 64).Select(k => (t.Pages + (long)k, 1L)));
        choices[4] = (2, Gen.Choose(0, t.Pages - 1).Zip(Gen.Choose(-MaxPages, -1), (p, n) => ((long)p, (long)n)));
        if (!s.BadPages.IsEmpty) choices[5] = (10, Gen.Elements<long>(s.BadPages).Zip(Count(t), (p, n) => (p, n)));
        return Weighted.Pick(choices);
    }

    private static Gen<long> Count(SequenceTarget t) =>
        Weighted.Pick((t.Linear ? 40 : 70, Gen.Constant(1L)), (t.Linear ? 60 : 30, Gen.Choose(2, MaxPages).Select(n => (long)n)));

    private static Gen<CallContext> Ctx(SequenceTarget t) =>
        t.AtomicAllowed ? Weighted.Pick((3, Gen.Constant(CallContext.Process)), (1, Gen.Constant(CallContext.Atomic)))
            : Gen.Constant(CallContext.Process);

    private static Gen<DaxAccessMode> Mode(SequenceTarget t, GenState s)
    {
        if (!t.RecoveryAllowed) return Gen.Constant(DaxAccessMode.Access);
        var recovery = s.BadPages.IsEmpty ? 3 : 15;
        return Weighted.Pick((100 - recovery, Gen.Constant(DaxAccessMode.Access)), (recovery, Gen.Constant(DaxAccessMode.RecoveryWrite)));
    }
}
