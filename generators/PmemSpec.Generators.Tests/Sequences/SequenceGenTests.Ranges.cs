using PmemSpec.Operations;

namespace PmemSpec.Generators.Tests.Sequences;

public partial class SequenceGenTests
{
    private static List<(long Sector, long Sectors)> BlockRanges(string name) =>
        [.. ProfileSamples.Ops(name).SelectMany(BlockRange)];

    private static IEnumerable<(long Sector, long Sectors)> BlockRange(DeviceOp op) => op switch
    {
        ReadOp r => [(r.Sector, r.Sectors)],
        WriteOp w => [(w.Sector, w.Sectors)],
        DiscardOp d => [(d.Sector, d.Sectors)],
        _ => [],
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void BlockOps_AreMostlyInRange_SomeAtTheLastPage_AFewOutOfRange(string name)
    {
        var end = ProfileSamples.Profile(name).PartitionSectors;
        var ranges = BlockRanges(name);

        var inRange = ranges.Count(r => r.Sector >= 0 && r.Sectors > 0 && r.Sector + r.Sectors <= end);
        var lastPage = ranges.Count(r => r.Sector >= end - Units.SectorsPerPage && r.Sector + r.Sectors <= end);
        var exactEnd = ranges.Count(r => r.Sector + r.Sectors == end);

        Assert.InRange(inRange, ranges.Count * 85 / 100, ranges.Count * 98 / 100);
        Assert.True(lastPage >= 10, $"{lastPage} at the last page");
        Assert.True(exactEnd >= 10, $"{exactEnd} ending exactly at the end");
        Assert.Contains(ranges, r => r.Sector == 0);
        Assert.Contains(ranges, r => r.Sector == end);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void BlockOps_CoverOneSectorToTwoPages_AndStraddlePageBoundaries(string name)
    {
        var ranges = BlockRanges(name);

        Assert.All(ranges, r => Assert.InRange(r.Sectors, 1, 2 * Units.SectorsPerPage));
        Assert.Contains(ranges, r => r.Sectors == 1);
        Assert.Contains(ranges, r => r.Sectors == 2 * Units.SectorsPerPage);
        Assert.Contains(ranges, r => r.Sector % Units.SectorsPerPage != 0
            && r.Sector / Units.SectorsPerPage != (r.Sector + r.Sectors - 1) / Units.SectorsPerPage);
    }

    [Theory]
    [InlineData("dcss", true)]
    [InlineData("dcss-ro", true)]
    [InlineData("brd", false)]
    [InlineData("pmem", false)]
    public void PageGranularProfiles_DoMostlyPageAlignedPageMultiples_AndAFewSubPage(string name, bool pageGranular)
    {
        var ranges = BlockRanges(name);

        var aligned = ranges.Count(r => r.Sector % Units.SectorsPerPage == 0 && r.Sectors % Units.SectorsPerPage == 0);

        Assert.True(aligned < ranges.Count, "no sub-page I/O");
        Assert.Equal(pageGranular, aligned > ranges.Count * 80 / 100);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void DirectAccess_IsMostlyInRange_SomeAtTheEdges_RarelyNegative(string name)
    {
        var pages = ProfileSamples.Profile(name).PartitionSectors / Units.SectorsPerPage;
        var calls = ProfileSamples.Ops(name).OfType<DirectAccessOp>().ToList();

        var inRange = calls.Count(a => a.Pgoff >= 0 && a.Pgoff < pages && a.Pages >= 1);
        var negative = calls.Count(a => a.Pages < 0);

        Assert.InRange(inRange, calls.Count * 80 / 100, calls.Count * 97 / 100);
        Assert.InRange(negative, 1, calls.Count / 20);
        Assert.All(calls, a => Assert.InRange(a.Pages, -8, 8));
        Assert.Contains(calls, a => a.Pgoff == 0);
        Assert.Contains(calls, a => a.Pgoff == pages - 1);
        Assert.Contains(calls, a => a.Pgoff == pages);
        Assert.Contains(calls, a => a.Pgoff > pages);
        Assert.Contains(calls, a => a.Pgoff < pages && a.Pgoff + a.Pages > pages);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void WritesAndStores_UseSmallSeeds(string name)
    {
        var seeds = ProfileSamples.Ops(name).Select(o => o switch { WriteOp w => w.Seed, StoreViaDaxOp s => s.Seed, _ => 1 });

        Assert.All(seeds, s => Assert.InRange(s, 0, 100));
    }

    [Theory]
    [InlineData("pmem")]
    [InlineData("pmem-v4.9")]
    public void MediaErrors_LieInsideThePartition(string name)
    {
        var end = ProfileSamples.Profile(name).PartitionSectors;

        Assert.All(ProfileSamples.Ops(name).OfType<MediaErrorOp>(), m => Assert.True(m.Sector >= 0 && m.Sectors >= 1 && m.Sector + m.Sectors <= end, m.ToString()));
    }
}
