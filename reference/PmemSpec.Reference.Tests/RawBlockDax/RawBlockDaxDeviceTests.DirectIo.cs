using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.RawBlockDax;

/// <summary>
/// O_DIRECT whose user buffer is a raw DAX mapping (domain §7.1; observed-linux-6.1.md row
/// "O_DIRECT pread … into a buffer that is a shared DAX mapping"; §12 item 28). With struct pages
/// (pmem, devmap entries) it succeeds and the data lands on the mapped device; with special entries
/// (page-less memory, and brd, whose pfn_t is not devmap) get_user_pages fails and nothing moves.
/// Run in v4.6 for the reason given in the Observed61 part.
/// </summary>
public partial class RawBlockDaxDeviceTests
{
    [Fact]
    public void Observed61_DirectIoRead_IntoASharedMapping_WithStructPages_Succeeds_AndTheDataLandsOnTheDevice()
    {
        var rig = MmRigs.For("pmem");
        var at = rig.Map();
        Assert.True(PmemSpec.Block.BlockLayer.Write(rig.Kernel, rig.Other, 0, BytePattern.Make(Units.PageSize, seed: 4)).IsOk);

        var read = rig.Process.DirectIoRead(rig.Other, 0, at.AddPages(1), Units.PageSize);

        Assert.Equal(Units.PageSize, read.Value);
        Assert.Equal(BytePattern.Make(Units.PageSize, seed: 4), rig.DeviceBytes(Units.SectorsPerPage, Units.PageSize));
    }

    [Theory]
    [MemberData(nameof(MmRigs.SpecialDisks), MemberType = typeof(MmRigs))]
    public void DirectIoRead_IntoAMappingWithSpecialEntries_FailsEfault_AndLeavesTheDeviceUnchanged(string disk)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map();
        Assert.True(PmemSpec.Block.BlockLayer.Write(rig.Kernel, rig.Other, 0, BytePattern.Make(Units.PageSize, seed: 4)).IsOk);
        var before = rig.DeviceBytes(Units.SectorsPerPage, Units.PageSize);
        var mark = rig.Mark;

        var read = rig.Process.DirectIoRead(rig.Other, 0, at.AddPages(1), Units.PageSize);

        Assert.Equal(Errno.EFAULT, read.Error);
        Assert.Equal(before, rig.DeviceBytes(Units.SectorsPerPage, Units.PageSize));
        Assert.Equal(0, rig.Kernel.Trace.CountSince(mark, KernelEventKind.Pin));
        Assert.Empty(rig.ViolationsSince(mark));
    }

    [Fact]
    public void DirectIo_HoldsOnePinPerBufferPage_ExactlyForTheDurationOfTheIo()
    {
        var rig = MmRigs.For("pmem");
        var at = rig.Map();
        rig.LoadOk(at);
        rig.LoadOk(at.AddPages(1));
        var pfns = new[] { rig.Process.Pte(at)!.Value.Pfn, rig.Process.Pte(at.AddPages(1))!.Value.Pfn };
        var refsBefore = pfns.Select(rig.Kernel.Pages.RefCount).ToArray();
        var during = new List<int[]>();
        var other = new PmemSpec.Block.Partition(new SpyDisk(rig.Other.Disk, () => during.Add([.. pfns.Select(rig.Kernel.Pages.PinCount)])), 0, rig.Other.NrSectors);

        Assert.True(rig.Process.DirectIoRead(other, 0, at, 2 * Units.PageSize).IsOk);
        Assert.True(rig.Process.DirectIoWrite(other, 0, at, 2 * Units.PageSize).IsOk);

        Assert.Equal([[1, 1], [1, 1]], during);
        Assert.Equal([0, 0], pfns.Select(rig.Kernel.Pages.PinCount));
        Assert.Equal(refsBefore, pfns.Select(rig.Kernel.Pages.RefCount));
    }

    [Fact]
    public void DirectIoWrite_FromASharedMapping_WithStructPages_WritesTheMappedBytes()
    {
        var rig = MmRigs.For("pmem");
        var at = rig.Map();
        rig.StoreOk(at, BytePattern.Make(Units.PageSize, seed: 6));

        var written = rig.Process.DirectIoWrite(rig.Other, 8, at, Units.PageSize);

        Assert.Equal(Units.PageSize, written.Value);
        var back = new byte[Units.PageSize];
        Assert.True(PmemSpec.Block.BlockLayer.Read(rig.Kernel, rig.Other, 8, back).IsOk);
        Assert.Equal(BytePattern.Make(Units.PageSize, seed: 6), back);
    }

    [Theory]
    [MemberData(nameof(MmRigs.SpecialDisks), MemberType = typeof(MmRigs))]
    public void DirectIoWrite_FromAMappingWithSpecialEntries_FailsEfault_AndWritesNothing(string disk)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map();
        rig.StoreOk(at, BytePattern.Make(Units.PageSize, seed: 6));

        var written = rig.Process.DirectIoWrite(rig.Other, 8, at, Units.PageSize);

        Assert.Equal(Errno.EFAULT, written.Error);
        var back = new byte[Units.PageSize];
        Assert.True(PmemSpec.Block.BlockLayer.Read(rig.Kernel, rig.Other, 8, back).IsOk);
        Assert.Equal(BytePattern.Zeros(Units.PageSize), back);
    }

    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void DirectIoRead_IntoAReadOnlySharedMapping_FailsEfault_AndLeavesTheDeviceUnchanged(string disk)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map(prot: Protection.Read);
        rig.LoadOk(at);
        Assert.True(PmemSpec.Block.BlockLayer.Write(rig.Kernel, rig.Other, 0, BytePattern.Make(Units.PageSize, seed: 4)).IsOk);

        var read = rig.Process.DirectIoRead(rig.Other, 0, at, Units.PageSize);

        Assert.Equal(Errno.EFAULT, read.Error);
        Assert.Equal(BytePattern.Zeros(Units.PageSize), rig.DeviceBytes(0, Units.PageSize));
    }
}
