using PmemSpec.Kernel;
using PmemSpec.Reference.Brd;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Brd;

/// <summary>brd's page store: lookup, insert, copy_to_brd_setup, zeroing (domain §2.1–§2.3).</summary>
public class BrdPagesTests
{
    private readonly SimulatedKernel kernel = new(Era.V4_9);

    [Fact]
    public void Lookup_OfNeverInsertedPage_IsNull()
    {
        var pages = new BrdPages(kernel, "ram0");

        var pfn = pages.Lookup(5);

        Assert.Null(pfn);
        Assert.Equal(0, pages.Count);
    }

    [Fact]
    public void Insert_Twice_ReturnsTheSamePage_AndAllocatesOnce()
    {
        var pages = new BrdPages(kernel, "ram0");
        var mark = kernel.Trace.Mark;

        var first = pages.Insert(Units.SectorsPerPage + 1);
        var second = pages.Insert(Units.SectorsPerPage + 7);

        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.Equal(first, pages.Lookup(Units.SectorsPerPage));
        Assert.Equal(1, kernel.Trace.CountSince(mark, KernelEventKind.Alloc));
    }

    [Fact]
    public void Insert_TakesTheTreeLockOnlyAfterAllocating()
    {
        var pages = new BrdPages(kernel, "ram0");
        var mark = kernel.Trace.Mark;

        pages.Insert(0);

        Assert.Empty(kernel.Violations.Since(mark));
    }

    [Theory]
    [InlineData(0, Units.PageSize, 1)]
    [InlineData(Units.SectorsPerPage - 1, 2 * Units.SectorSize, 2)]
    public void Setup_AllocatesThePagesTheSegmentTouches(long sector, int bytes, int expected)
    {
        var pages = new BrdPages(kernel, "ram0");

        var ok = pages.Setup(sector, bytes);

        Assert.True(ok);
        Assert.Equal(expected, pages.Count);
    }

    [Fact]
    public void Setup_WhenSecondAllocationFails_ReturnsFalse()
    {
        var pages = new BrdPages(kernel, "ram0");
        Assert.NotNull(pages.Insert(0));
        kernel.Allocator.FailNext(1);

        var ok = pages.Setup(Units.SectorsPerPage - 1, 2 * Units.SectorSize);

        Assert.False(ok);
        Assert.Equal(1, pages.Count);
    }

    [Fact]
    public void CopyFrom_OfMissingPage_ClearsTheBuffer()
    {
        var pages = new BrdPages(kernel, "ram0");
        var buffer = BytePattern.Make(Units.SectorSize, seed: 19);

        pages.CopyFrom(0, buffer);

        Assert.Equal(BytePattern.Zeros(Units.SectorSize), buffer);
        Assert.Equal(0, pages.Count);
    }

    [Fact]
    public void Zero_OfMissingPage_AllocatesNothing()
    {
        var pages = new BrdPages(kernel, "ram0");
        var mark = kernel.Trace.Mark;

        pages.Zero(0);

        Assert.Equal(0, pages.Count);
        Assert.Equal(0, kernel.Trace.CountSince(mark, KernelEventKind.Alloc));
    }
}
