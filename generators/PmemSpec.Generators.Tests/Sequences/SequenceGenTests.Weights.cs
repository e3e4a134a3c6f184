using PmemSpec.Dax;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Tests.Sequences;

public partial class SequenceGenTests
{
    private static double Share(string name, Func<DeviceOp, bool> kind)
    {
        var ops = ProfileSamples.Ops(name).ToList();
        return (double)ops.Count(kind) / ops.Count;
    }

    private static bool Writes(DeviceOp o) => o is WriteOp or DiscardOp or PopulateOp or StoreViaDaxOp;

    [Fact]
    public void ReadOnlyDevices_GetFewWrites()
    {
        Assert.InRange(Share("dcss-ro", o => o is WriteOp), 0.001, 0.05);
        Assert.True(Share("dcss-ro", Writes) < Share("dcss", Writes) / 3);
    }

    [Fact]
    public void LazyDevices_GetMorePopulateAndMemoryPressure()
    {
        static bool Lazy(DeviceOp o) => o is PopulateOp or MemoryPressureOp;

        Assert.True(Share("brd", Lazy) > 2 * Share("pmem", Lazy));
    }

    [Fact]
    public void LinearDevices_GetMoreMultiPageDirectAccess()
    {
        static bool MultiPage(DeviceOp o) => o is DirectAccessOp { Pages: > 1 };

        Assert.True(Share("pmem", MultiPage) > 1.5 * Share("brd", MultiPage));
    }

    [Fact]
    public void PageLessDevices_GetMoreDaxLoads()
    {
        static bool Load(DeviceOp o) => o is LoadViaDaxOp;

        Assert.True(Share("pmem-raw", Load) > Share("pmem", Load));
    }

    [Fact]
    public void BadblocksDevices_RevisitBadPages_InBothAccessModes()
    {
        var sequences = ProfileSamples.Of("pmem");

        static bool HitsABadPage(IReadOnlyList<DeviceOp> ops, int i) => ops[i] is DirectAccessOp a && ops.Take(i).OfType<MediaErrorOp>()
            .Any(m => m.Sector / Units.SectorsPerPage >= a.Pgoff && m.Sector / Units.SectorsPerPage < a.Pgoff + a.Pages);
        var hits = sequences.SelectMany(s => Enumerable.Range(0, s.Ops.Count).Where(i => HitsABadPage(s.Ops, i)).Select(i => (DirectAccessOp)s.Ops[i])).ToList();

        Assert.True(hits.Count >= 20, $"{hits.Count} direct_access calls over a bad page");
        Assert.Contains(hits, a => a.Mode == DaxAccessMode.RecoveryWrite);
    }
}
