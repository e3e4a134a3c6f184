using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Spec.Tests.Fakes;

namespace PmemSpec.Spec.Tests.Dax;

public sealed class BdevDaxPgoffTests
{
    private readonly RecordingDisk disk = new(new SimulatedKernel().Context);

    [Fact]
    public void Translate_AddsThePartitionStart_AndDividesIntoPages() =>
        Assert.Equal(3, BdevDaxPgoff.Translate(new Partition(disk, 8, 64), 16, Units.PageSize).Value);

    [Fact]
    public void Translate_OfSizeZero_IsAPageMultiple() =>
        Assert.Equal(0, BdevDaxPgoff.Translate(Partition.Whole(disk), 0, 0).Value);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 8)]
    [InlineData(0, 1)]
    [InlineData(0, 7)]
    [InlineData(8, 4)]
    public void Translate_OfAMisalignedWholeDiskSector_IsEinval(long start, long sector) =>
        Assert.Equal(Errno.EINVAL, BdevDaxPgoff.Translate(new Partition(disk, start, 64), sector, Units.PageSize).Error);

    [Fact]
    public void Translate_MisalignedStartPlusSector_ThatSumsToAPage_IsAccepted() =>
        Assert.Equal(1, BdevDaxPgoff.Translate(new Partition(disk, 1, 64), 7, Units.PageSize).Value);

    [Theory]
    [InlineData(1)]
    [InlineData(Units.SectorSize)]
    [InlineData(Units.PageSize - 1)]
    [InlineData(Units.PageSize + Units.SectorSize)]
    public void Translate_OfASizeThatIsNotAPageMultiple_IsEinval(long size) =>
        Assert.Equal(Errno.EINVAL, BdevDaxPgoff.Translate(Partition.Whole(disk), 0, size).Error);
}
