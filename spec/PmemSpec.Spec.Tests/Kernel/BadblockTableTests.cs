using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Kernel;

public sealed class BadblockTableTests
{
    /// <summary>Sectors 10, 11 and 12 bad.</summary>
    private static BadblockTable TenToTwelve()
    {
        var table = new BadblockTable();
        table.Add(10, 3);
        return table;
    }

    [Fact]
    public void NewTable_HasNoBadblocks()
    {
        var table = new BadblockTable();

        Assert.False(table.Any);
        Assert.False(table.Intersects(0, long.MaxValue / 2));
        Assert.Null(table.FirstBad(0, 100));
    }

    [Fact]
    public void Add_MarksEachSectorOfTheRange()
    {
        var table = TenToTwelve();

        Assert.True(table.Any);
        Assert.Equal([10L, 11L, 12L], table.Sectors);
        Assert.Equal(3, table.Count);
    }

    [Theory]
    [InlineData(0, 10, false)]
    [InlineData(0, 11, true)]
    [InlineData(12, 1, true)]
    [InlineData(13, 100, false)]
    [InlineData(11, 1, true)]
    [InlineData(5, 20, true)]
    [InlineData(10, 0, false)]
    [InlineData(10, -1, false)]
    public void Intersects_IsHalfOpen_AndEmptyRangesTouchNothing(long sector, long count, bool expected) =>
        Assert.Equal(expected, TenToTwelve().Intersects(sector, count));

    [Theory]
    [InlineData(0, 100, 10L)]
    [InlineData(11, 100, 11L)]
    [InlineData(12, 1, 12L)]
    [InlineData(0, 10, null)]
    [InlineData(13, 5, null)]
    public void FirstBad_IsTheLowestBadSectorInTheRange(long sector, long count, long? expected) =>
        Assert.Equal(expected, TenToTwelve().FirstBad(sector, count));

    [Fact]
    public void Clear_RemovesOnlyTheHalfOpenRange()
    {
        var table = TenToTwelve();

        table.Clear(11, 1);

        Assert.Equal([10L, 12L], table.Sectors);
        Assert.False(table.Intersects(11, 1));
    }

    [Theory]
    [InlineData(10, 0)]
    [InlineData(10, -5)]
    [InlineData(0, 10)]
    [InlineData(13, 10)]
    public void Clear_OfAnEmptyOrDisjointRange_ChangesNothing(long sector, long count)
    {
        var table = TenToTwelve();

        table.Clear(sector, count);

        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void Clear_OfEverything_LeavesNoBadblocks()
    {
        var table = TenToTwelve();

        table.Clear(0, 100);

        Assert.False(table.Any);
    }
}
