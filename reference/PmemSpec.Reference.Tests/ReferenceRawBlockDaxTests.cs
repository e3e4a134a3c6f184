using PmemSpec.Block;
using PmemSpec.Kernel;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests;

/// <summary>Opening a block device for raw DAX mmap: the era and blkdev_dax_capable (domain §8, §12 item 30).</summary>
public class ReferenceRawBlockDaxTests
{
    [Theory]
    [InlineData(Era.V4_4)]
    [InlineData(Era.V4_9)]
    [InlineData(Era.V6_1)]
    public void Open_OutsideThe4_6Tree_IsEopnotsupp(Era era)
    {
        var kernel = new SimulatedKernel(era);
        var disk = ReferenceDrivers.Pmem(kernel, 64, withStructPages: true);

        Assert.Equal(Errno.EOPNOTSUPP, ReferenceRawBlockDax.Open(ReferenceMm.Create(kernel), Partition.Whole(disk)).Error);
    }

    [Theory]
    [InlineData(8, 64, true)]
    [InlineData(1, 64, false)]
    [InlineData(8, 60, false)]
    [InlineData(0, 9, false)]
    public void Open_NeedsAPartitionPageAlignedInStartAndLength(long start, long length, bool opens)
    {
        var kernel = new SimulatedKernel(MmRigs.RawEra);
        var disk = ReferenceDrivers.Pmem(kernel, 128, withStructPages: true);

        var raw = ReferenceRawBlockDax.Open(ReferenceMm.Create(kernel), new Partition(disk, start, length));

        Assert.Equal(opens, raw.IsOk);
        if (!opens) Assert.Equal(Errno.EOPNOTSUPP, raw.Error);
    }

    [Fact]
    public void Open_OfADiskWithBadblocks_IsEopnotsupp_EvenOutsideThePartition()
    {
        var kernel = new SimulatedKernel(MmRigs.RawEra);
        var disk = ReferenceDrivers.Pmem(kernel, 128, withStructPages: true);
        kernel.Badblocks.Inject(disk.DiskName, 120, 1);

        var raw = ReferenceRawBlockDax.Open(ReferenceMm.Create(kernel), new Partition(disk, 0, 64));

        Assert.Equal(Errno.EOPNOTSUPP, raw.Error);
    }

    [Fact]
    public void Open_OfADiskWithoutDirectAccess_IsEopnotsupp()
    {
        var kernel = new SimulatedKernel(MmRigs.RawEra);
        var plain = new SpyDisk(ReferenceDrivers.Brd(kernel, 64), () => { });

        Assert.Equal(Errno.EOPNOTSUPP, ReferenceRawBlockDax.Open(ReferenceMm.Create(kernel), Partition.Whole(plain)).Error);
    }

    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void Open_OfEachReferenceDisk_Succeeds_AsAFsDaxMixedMapObject(string disk)
    {
        var rig = MmRigs.For(disk);

        Assert.Equal(PmemSpec.Reference.Mm.DaxMappingKind.FsDax, rig.Raw.DaxKind);
        Assert.True(rig.Raw.MixedMap);
        Assert.True(rig.Raw.Alive);
        Assert.StartsWith("/dev/", rig.Raw.Name, StringComparison.Ordinal);
    }
}
