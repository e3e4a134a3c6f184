using FsCheck;
using FsCheck.Fluent;

namespace PmemSpec.Generators.Sequences;

/// <summary>
/// Sector ranges for block I/O: mostly inside the partition, some at the edges (first and last
/// sector, last page, ending exactly at the end, straddling a page boundary), a few past the end.
/// Page-granular devices get page-aligned page multiples with a few sub-page ranges.
/// </summary>
internal static class BlockRangeGen
{
    private const int MaxSectors = 2 * Units.SectorsPerPage;

    private static readonly Gen<int> InPageOffset = Weighted.Pick((1, Gen.Constant(0)), (1, Gen.Choose(0, Units.SectorsPerPage - 1)));

    private static readonly Gen<int> Length = Gen.Choose(1, MaxSectors);

    /// <summary>Ranges whose in-range part starts on pages drawn from <paramref name="page"/>.</summary>
    public static Gen<(long Sector, long Sectors)> For(SequenceTarget t, Gen<long> page)
    {
        var fixedGens = FixedGens.Of(t);
        return Weighted.Pick(
            (80, t.PageGranular ? PageGranular(t, page) : InRange(t, page)),
            (12, fixedGens.BlockEdge),
            (8, fixedGens.BlockOutOfRange));
    }

    /// <summary>The ranges at the partition's edges (built once per target, see <see cref="FixedGens"/>).</summary>
    public static Gen<(long Sector, long Sectors)> Edge(SequenceTarget t) =>
        t.PageGranular ? AlignedEdge(t) : Weighted.Pick((1, AlignedEdge(t)), (1, SubPageEdge(t)));

    private static Gen<(long, long)> InRange(SequenceTarget t, Gen<long> page) =>
        page.Zip(InPageOffset, (p, offset) => ArgGen.SectorOf(p) + offset)
            .Zip(Length, (sector, n) => (sector, Math.Min(n, t.Sectors - sector)));

    private static Gen<(long, long)> PageGranular(SequenceTarget t, Gen<long> page) => Weighted.Pick(
        (85, page.Zip(Gen.Choose(1, 2), (p, n) => (ArgGen.SectorOf(p), Math.Min(n, t.Pages - p) * (long)Units.SectorsPerPage))),
        (15, InRange(t, page)));

    private static Gen<(long, long)> AlignedEdge(SequenceTarget t)
    {
        var twoPagesBeforeTheEnd = Math.Max(0, t.LastPageSector - Units.SectorsPerPage);
        return Gen.Elements(
            (0L, (long)Units.SectorsPerPage),
            (t.LastPageSector, (long)Units.SectorsPerPage),
            (twoPagesBeforeTheEnd, t.LastPageSector + Units.SectorsPerPage - twoPagesBeforeTheEnd));
    }

    // The first and the last sector, and a page's worth starting mid-page (straddling into the next page).
    private static Gen<(long, long)> SubPageEdge(SequenceTarget t) => Weighted.Pick(
        (1, Gen.Elements((0L, 1L), (t.Sectors - 1, 1L))),
        (1, Gen.Choose(0, t.Pages - 1).Zip(Gen.Choose(1, Units.SectorsPerPage - 1), (p, offset) => ArgGen.SectorOf(p) + offset)
            .Select(sector => (sector, Math.Min(Units.SectorsPerPage, t.Sectors - sector)))));

    /// <summary>Ranges at or past the end (built once per target, see <see cref="FixedGens"/>).</summary>
    public static Gen<(long Sector, long Sectors)> OutOfRange(SequenceTarget t)
    {
        var unit = t.PageGranular ? Gen.Constant(Units.SectorsPerPage) : Gen.Choose(1, Units.SectorsPerPage);
        return Weighted.Pick(
            (1, unit.Select(n => (t.Sectors, (long)n))),
            (1, Gen.Constant((t.LastPageSector, (long)MaxSectors))),
            (1, Gen.Choose(1, 64).Select(k => (t.Sectors + ArgGen.SectorOf(k), (long)Units.SectorsPerPage))));
    }
}
