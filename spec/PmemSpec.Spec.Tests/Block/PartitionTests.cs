using PmemSpec.Block;
using PmemSpec.Kernel;
using PmemSpec.Spec.Tests.Fakes;

namespace PmemSpec.Spec.Tests.Block;

public sealed class PartitionTests
{
    private readonly RecordingDisk disk = new(new SimulatedKernel().Context, capacitySectors: 64);

    [Fact]
    public void Whole_CoversTheDisk_AndIsNamedAfterIt()
    {
        var whole = Partition.Whole(disk);

        Assert.Equal((0L, 64L), (whole.StartSector, whole.NrSectors));
        Assert.Equal("plain0", whole.ToString());
    }

    [Fact]
    public void ToString_OfAPartition_ShowsStartAndLength() =>
        Assert.Equal("plain0p@8+16", new Partition(disk, 8, 16).ToString());

    [Theory]
    [InlineData(0, 64, true)]
    [InlineData(8, 16, true)]
    [InlineData(1, 16, false)]
    [InlineData(8, 15, false)]
    public void IsPageAligned_NeedsStartAndLengthInWholePages(long start, long length, bool expected) =>
        Assert.Equal(expected, new Partition(disk, start, length).IsPageAligned);
}
