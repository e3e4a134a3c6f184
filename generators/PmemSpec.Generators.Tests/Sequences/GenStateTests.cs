using PmemSpec.Dax;
using PmemSpec.Generators.Sequences;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Tests.Sequences;

public class GenStateTests
{
    private const long Sectors = 64 * Units.SectorsPerPage;
    private static readonly SequenceTarget Linear = new(Sectors, 64, Era.V6_1, ProfileCapabilities.Badblocks, DaxTraits.NeverSleeps | DaxTraits.PageBacked);
    private static readonly SequenceTarget Lazy = new(Sectors, 64, Era.V4_9, ProfileCapabilities.None, DaxTraits.AllocatesLazily | DaxTraits.PageBacked);

    private static GenState Run(SequenceTarget t, params DeviceOp[] ops) => ops.Aggregate(GenState.Initial, (s, op) => s.After(op, t));

    [Fact]
    public void DirectAccess_OnALinearDevice_MapsTheRequestedPagesInsideThePartition()
    {
        Assert.Equal([62L, 63L], Run(Linear, new DirectAccessOp(62, 8)).Mapped);
    }

    [Fact]
    public void DirectAccess_OnALazyDevice_MapsOnePage()
    {
        Assert.Equal([5L], Run(Lazy, new DirectAccessOp(5, 4)).Mapped);
    }

    [Theory]
    [InlineData(64, 1)]
    [InlineData(3, 0)]
    [InlineData(3, -2)]
    public void DirectAccess_OutOfRangeOrWithoutPages_MapsNothing(long pgoff, long pages)
    {
        Assert.Empty(Run(Linear, new DirectAccessOp(pgoff, pages)).Mapped);
    }

    [Fact]
    public void DirectAccess_ReachingPastTheEnd_MapsNothing_InTheSectorEras()
    {
        var eraB = Linear with { Era = Era.V4_9 };

        Assert.Empty(Run(eraB, new DirectAccessOp(62, 8)).Mapped);
        Assert.Equal([62L, 63L], Run(eraB, new DirectAccessOp(62, 2)).Mapped);
    }

    [Fact]
    public void DirectAccess_OnAMisalignedPartition_MapsNothing()
    {
        Assert.Empty(Run(Linear with { PartitionAligned = false }, new DirectAccessOp(2, 1)).Mapped);
    }

    [Fact]
    public void DirectAccess_UnderPressure_MapsAFreshLazyPageNot_ButAWrittenOne()
    {
        var s = Run(Lazy, new WriteOp(8, 8, 1), new MemoryPressureOp(true), new DirectAccessOp(7, 1), new DirectAccessOp(1, 1));

        Assert.Equal([1L], s.Mapped);
    }

    [Fact]
    public void DirectAccess_OverABadPage_MapsNothing_InRecoveryModeThePagesBeforeIt()
    {
        var bad = new MediaErrorOp(4 * Units.SectorsPerPage + 3, 1);

        Assert.Empty(Run(Linear, bad, new DirectAccessOp(2, 4)).Mapped);
        Assert.Equal([2L, 3L], Run(Linear, bad, new DirectAccessOp(2, 4, Mode: DaxAccessMode.RecoveryWrite)).Mapped);
        Assert.Equal([4L], Run(Linear, bad, new DirectAccessOp(4, 4, Mode: DaxAccessMode.RecoveryWrite)).Mapped);
    }

    [Fact]
    public void DiscardAndRemoval_DropMappings()
    {
        var discarded = Run(Linear, new DirectAccessOp(2, 3), new DiscardOp(3 * Units.SectorsPerPage, 1));
        var removed = Run(Linear, new DirectAccessOp(2, 3), new RemoveDeviceOp());

        Assert.Equal([2L, 4L], discarded.Mapped);
        Assert.Empty(removed.Mapped);
        Assert.True(removed.Removed);
    }

    [Fact]
    public void Writes_RecordTheirPages_OnlyWhenInsideThePartition()
    {
        var s = Run(Linear, new WriteOp(6, 4, 1), new WriteOp(Sectors - 4, 8, 1));

        Assert.Equal([0L, 1L], s.Touched);
    }

    [Fact]
    public void Writes_ToAReadOnlyDevice_RecordNothing()
    {
        var readOnly = Linear with { Traits = DaxTraits.NeverSleeps | DaxTraits.ReadOnly };

        Assert.Empty(Run(readOnly, new WriteOp(0, 8, 1), new PopulateOp()).Touched);
        Assert.False(Run(readOnly, new PopulateOp()).Populated);
    }
}
