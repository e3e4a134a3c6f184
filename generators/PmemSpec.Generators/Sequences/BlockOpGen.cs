using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Sequences;

/// <summary>Read, Write and Discard operations over <see cref="BlockRangeGen"/> ranges.</summary>
internal static class BlockOpGen
{
    /// <summary>Reads: often of pages already written, so the bytes get checked.</summary>
    public static Gen<DeviceOp> Read(SequenceTarget t, GenState s) =>
        BlockRangeGen.For(t, ArgGen.Page(t, s, freshPercent: 55)).Select(r => (DeviceOp)new ReadOp(r.Sector, r.Sectors));

    /// <summary>Writes: on a lazy device mostly to fresh pages (allocation is what can go wrong).</summary>
    public static Gen<DeviceOp> Write(SequenceTarget t, GenState s) =>
        BlockRangeGen.For(t, ArgGen.Page(t, s, t.Lazy ? 85 : 65))
            .Zip(ArgGen.Seed, (r, seed) => (DeviceOp)new WriteOp(r.Sector, r.Sectors, seed));

    /// <summary>Discards: half of them of pages the state knows, so mappings and data get dropped.</summary>
    public static Gen<DeviceOp> Discard(SequenceTarget t, GenState s) =>
        BlockRangeGen.For(t, ArgGen.Page(t, s, freshPercent: 50)).Select(r => (DeviceOp)new DiscardOp(r.Sector, r.Sectors));
}
