using FsCheck;
using FsCheck.Fluent;

namespace PmemSpec.Generators.Sequences;

/// <summary>Argument generators shared by the operation generators.</summary>
internal static class ArgGen
{
    /// <summary>Write and store seeds: small, so traces stay readable.</summary>
    public static Gen<int> Seed { get; } = Gen.Choose(1, 16);

    /// <summary>
    /// A partition page: anywhere (probably never touched) with weight <paramref name="freshPercent"/>,
    /// otherwise one the state knows was written or mapped, so data is read back and pages reused.
    /// </summary>
    public static Gen<long> Page(SequenceTarget t, GenState s, int freshPercent)
    {
        var fresh = FixedGens.Of(t).FreshPage;
        var touched = s.Touched;
        return touched.Count == 0 ? fresh : Weighted.Pick((freshPercent, fresh), (100 - freshPercent, Gen.Elements<long>(touched)));
    }

    /// <summary>Any partition page, uniformly.</summary>
    public static Gen<long> AnyPage(SequenceTarget t) => Gen.Choose(0, t.Pages - 1).Select(p => (long)p);

    /// <summary>The first sector of a page.</summary>
    public static long SectorOf(long page) => page * Units.SectorsPerPage;
}
