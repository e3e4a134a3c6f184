using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Sequences;

/// <summary>
/// The next operation, drawn from what the state makes valid, weighted by the kind of device:
/// lazy (fresh writes, populate, memory pressure), linear (multi-page direct_access, badblocks),
/// page-less (more DAX loads), read-only (few writes). RemoveDevice comes rarely, and only while
/// a page is mapped (removal under a live mapping is the case worth testing, §9); after it only
/// direct_access, reads and flushes follow.
/// </summary>
internal static class NextOpGen
{
    /// <summary>One operation for state <paramref name="s"/>.</summary>
    public static Gen<DeviceOp> For(SequenceTarget t, GenState s) => Weighted.Build(s.Removed ? AfterRemoval(t, s) : Choices(t, s));

    private static (int Weight, Func<Gen<DeviceOp>> Make)[] AfterRemoval(SequenceTarget t, GenState s) =>
        [(50, () => DirectAccessGen.For(t, s)), (40, () => BlockOpGen.Read(t, s)), (10, () => Op(new FlushOp()))];

    // Built straight into an array (this runs once per generated operation): the same choices, in
    // the same order, as a list of optional entries would give.
    private static (int Weight, Func<Gen<DeviceOp>> Make)[] Choices(SequenceTarget t, GenState s)
    {
        var mapped = !s.Mapped.IsEmpty;
        var choices = new (int Weight, Func<Gen<DeviceOp>> Make)[7 + (mapped ? 2 : 0) + (t.HasBadblocks ? 1 : 0) + (t.CanRemove && mapped ? 1 : 0)];
        var n = 0;
        choices[n++] = (15, () => BlockOpGen.Read(t, s));
        choices[n++] = (t.ReadOnly ? 2 : t.Lazy ? 22 : 16, () => BlockOpGen.Write(t, s));
        choices[n++] = (t.ReadOnly ? 1 : 4, () => BlockOpGen.Discard(t, s));
        choices[n++] = (3, () => Op(new FlushOp()));
        choices[n++] = (PopulateWeight(t, s), () => Op(new PopulateOp()));
        choices[n++] = (t.Linear || t.PageLess ? 22 : 18, () => DirectAccessGen.For(t, s));
        if (mapped)
        {
            choices[n++] = (t.ReadOnly ? 1 : 10, () => DaxBytesGen.Store(s));
            choices[n++] = (t.PageLess ? 14 : 10, () => DaxBytesGen.Load(s));
        }
        choices[n++] = (t.Lazy ? 5 : 1, () => FaultGen.Pressure(s));
        if (t.HasBadblocks) choices[n++] = (t.Linear ? 4 : 2, () => FaultGen.MediaError(t, s));
        if (t.CanRemove && mapped) choices[n++] = (1, () => Op(new RemoveDeviceOp()));
        return choices;
    }

    private static int PopulateWeight(SequenceTarget t, GenState s) => t.Lazy && !s.Populated && !t.ReadOnly ? 5 : 1;

    private static Gen<DeviceOp> Op(DeviceOp op) => Gen.Constant(op);
}
