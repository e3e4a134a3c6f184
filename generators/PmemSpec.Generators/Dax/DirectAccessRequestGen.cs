using FsCheck;
using FsCheck.Fluent;

namespace PmemSpec.Generators.Dax;

/// <summary>
/// Generates direct_access requests against a partition, weighted toward what the wrapper's
/// contract makes interesting (domain §1): mostly in-range page-aligned requests, some at the
/// edges (last page, ending exactly at the end, size 0 at the end), a few misaligned, out of
/// range, negative or not page multiples.
/// </summary>
public static class DirectAccessRequestGen
{
    private const int MaxPagesPerRequest = 8;

    /// <summary>Requests for a partition of <paramref name="nrSectors"/> sectors (a positive page multiple below 2^31).</summary>
    public static Gen<DirectAccessRequest> For(long nrSectors)
    {
        if (nrSectors < Units.SectorsPerPage || nrSectors % Units.SectorsPerPage != 0 || nrSectors > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(nrSectors), nrSectors, "need a positive page multiple below 2^31 sectors");
        var pages = (int)(nrSectors / Units.SectorsPerPage);
        return Gen.Frequency(
            (60, InRange(pages)),
            (10, Edge(pages, nrSectors)),
            (10, Misaligned(pages)),
            (10, OutOfRange(pages, nrSectors)),
            (5, Gen.Choose(1, Units.PageSize * 2).Select(n => new DirectAccessRequest(0, -(long)n))),
            (5, Gen.Choose(0, pages - 1).Zip(Gen.Choose(1, Units.PageSize - 1), (p, n) => new DirectAccessRequest(Sector(p), n))));
    }

    private static long Sector(int page) => (long)page * Units.SectorsPerPage;

    private static Gen<DirectAccessRequest> InRange(int pages) =>
        Gen.Choose(0, pages - 1).SelectMany(p => Gen.Choose(1, Math.Min(MaxPagesPerRequest, pages - p))
            .Select(n => new DirectAccessRequest(Sector(p), (long)n * Units.PageSize)));

    private static Gen<DirectAccessRequest> Edge(int pages, long nrSectors) => Gen.Elements(
        new DirectAccessRequest(Sector(pages - 1), Units.PageSize),
        new DirectAccessRequest(0, nrSectors * Units.SectorSize),
        new DirectAccessRequest(nrSectors, 0),
        new DirectAccessRequest(0, 0));

    private static Gen<DirectAccessRequest> Misaligned(int pages) =>
        Gen.Choose(0, pages - 1).Zip(Gen.Choose(1, Units.SectorsPerPage - 1),
            (p, s) => new DirectAccessRequest(Sector(p) + s, Units.SectorSize));

    private static Gen<DirectAccessRequest> OutOfRange(int pages, long nrSectors) => Gen.OneOf(
        Gen.Choose(0, MaxPagesPerRequest).Select(p => new DirectAccessRequest(nrSectors + Sector(p), Units.PageSize)),
        Gen.Choose(0, pages - 1).Select(p => new DirectAccessRequest(Sector(p), (nrSectors - Sector(p) + Units.SectorsPerPage) * Units.SectorSize)));
}
