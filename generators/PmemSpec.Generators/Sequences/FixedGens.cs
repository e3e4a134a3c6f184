using System.Runtime.CompilerServices;
using FsCheck;
using PmemSpec.Dax;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Sequences;

/// <summary>
/// The generators that depend on the target alone, built once per target instead of once per
/// generated operation. A generator is a pure function of its size and random state, so drawing
/// from a shared instance draws exactly what a freshly built one would.
/// </summary>
internal sealed class FixedGens
{
    private static readonly ConditionalWeakTable<SequenceTarget, FixedGens> Cache = [];

    private FixedGens(SequenceTarget t)
    {
        FreshPage = ArgGen.AnyPage(t);
        BlockEdge = BlockRangeGen.Edge(t);
        BlockOutOfRange = BlockRangeGen.OutOfRange(t);
        DaxEdgeRanges = DirectAccessGen.EdgeRanges(t);
        DaxCount = DirectAccessGen.Count(t);
        DaxContext = DirectAccessGen.Ctx(t);
        DaxModeWithoutBadPages = DirectAccessGen.Mode(t, badPages: false);
        DaxModeWithBadPages = DirectAccessGen.Mode(t, badPages: true);
    }

    /// <summary>Any partition page.</summary>
    public Gen<long> FreshPage { get; }

    /// <summary>Block ranges at the partition's edges.</summary>
    public Gen<(long Sector, long Sectors)> BlockEdge { get; }

    /// <summary>Block ranges at or past the end.</summary>
    public Gen<(long Sector, long Sectors)> BlockOutOfRange { get; }

    /// <summary>direct_access requests at the edges and past the end, with their weights (never modified).</summary>
    public (int Weight, Gen<(long Pgoff, long Pages)> Gen)[] DaxEdgeRanges { get; }

    /// <summary>Pages per direct_access request.</summary>
    public Gen<long> DaxCount { get; }

    /// <summary>The direct_access caller's context.</summary>
    public Gen<CallContext> DaxContext { get; }

    /// <summary>The access mode while no page is bad.</summary>
    public Gen<DaxAccessMode> DaxModeWithoutBadPages { get; }

    /// <summary>The access mode once some page is bad.</summary>
    public Gen<DaxAccessMode> DaxModeWithBadPages { get; }

    /// <summary>The generators of <paramref name="t"/> (the same instance for the same target object).</summary>
    public static FixedGens Of(SequenceTarget t) => Cache.GetValue(t, static target => new FixedGens(target));
}
