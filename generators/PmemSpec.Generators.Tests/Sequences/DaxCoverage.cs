using PmemSpec.Dax;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Tests.Sequences;

/// <summary>
/// An independent check of the DAX loads and stores in a sequence: which of them name a page that
/// no earlier direct_access could have mapped. Optionally as the model sees it: a discard of a
/// page drops its mapping, and a DAX_ACCESS call over a bad page maps nothing.
/// </summary>
internal static class DaxCoverage
{
    public static IEnumerable<DeviceOp> Uncovered(IReadOnlyList<DeviceOp> ops, long partitionSectors, bool asTheModelSees)
    {
        var mapped = new HashSet<long>();
        var bad = new HashSet<long>();
        foreach (var op in ops)
        {
            switch (op)
            {
                case DirectAccessOp a when !(asTheModelSees && a.Mode == DaxAccessMode.Access && Pages(a.Pgoff, a.Pages).Any(bad.Contains)):
                    mapped.UnionWith(Pages(a.Pgoff, a.Pages));
                    break;
                case DiscardOp d when asTheModelSees && d.Sector >= 0 && d.Sector + d.Sectors <= partitionSectors:
                    mapped.ExceptWith(SectorPages(d.Sector, d.Sectors));
                    break;
                case MediaErrorOp m:
                    bad.UnionWith(SectorPages(m.Sector, m.Sectors));
                    break;
                case RemoveDeviceOp:
                    mapped.Clear();
                    break;
                case StoreViaDaxOp s when !mapped.Contains(s.Pgoff):
                case LoadViaDaxOp l when !mapped.Contains(l.Pgoff):
                    yield return op;
                    break;
            }
        }
    }

    private static IEnumerable<long> Pages(long pgoff, long pages)
    {
        for (var p = pgoff; p < pgoff + pages; p++) yield return p;
    }

    private static IEnumerable<long> SectorPages(long sector, long sectors) =>
        sectors <= 0 ? [] : Pages(sector / Units.SectorsPerPage, ((sector + sectors - 1) / Units.SectorsPerPage) - (sector / Units.SectorsPerPage) + 1);
}
