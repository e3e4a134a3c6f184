using PmemSpec.Kernel;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.RawBlockDax;

/// <summary>
/// ptrace-style access (access_remote_vm, domain §7.1): with struct pages it reads and writes the
/// target's mapping and holds its pins only for the copy; through special entries it fails (-EIO,
/// the ptrace convention for "not one byte") and changes nothing.
/// </summary>
public partial class RawBlockDaxDeviceTests
{
    [Fact]
    public void AccessRemoteVm_Read_WithStructPages_ReturnsTheTargetsBytes_AndLeavesNoPin()
    {
        var rig = MmRigs.For("pmem");
        var at = rig.Map();
        rig.StoreOk(at + 4090, BytePattern.Make(12, seed: 2));
        var tracer = rig.Mm.Spawn("gdb");
        var buffer = new byte[12];
        var mark = rig.Mark;

        var read = tracer.AccessRemoteVm(rig.Process, at + 4090, buffer, write: false);

        Assert.Equal(12, read.Value);
        Assert.Equal(
            [KernelEventKind.Pin, KernelEventKind.Unpin, KernelEventKind.Pin, KernelEventKind.Unpin],
            rig.Kernel.Trace.Since(mark).Select(e => e.Kind).Where(k => k is KernelEventKind.Pin or KernelEventKind.Unpin));
        Assert.Equal(BytePattern.Make(12, seed: 2), buffer);
        Assert.Equal(0, rig.Kernel.Pages.PinCount(rig.Process.Pte(at)!.Value.Pfn));
    }

    [Fact]
    public void AccessRemoteVm_Write_WithStructPages_ReachesTheDevice()
    {
        var rig = MmRigs.For("pmem");
        var at = rig.Map();
        var tracer = rig.Mm.Spawn("gdb");

        var written = tracer.AccessRemoteVm(rig.Process, at.AddPages(2), BytePattern.Make(4, seed: 3), write: true);

        Assert.Equal(4, written.Value);
        Assert.Equal(BytePattern.Make(4, seed: 3), rig.DeviceBytes(2 * Units.SectorsPerPage, 4));
    }

    [Theory]
    [MemberData(nameof(MmRigs.SpecialDisks), MemberType = typeof(MmRigs))]
    public void AccessRemoteVm_ThroughSpecialEntries_FailsEio_TakesNoReference_AndChangesNothing(string disk)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map();
        rig.StoreOk(at, [9]);
        var tracer = rig.Mm.Spawn("gdb");
        var mark = rig.Mark;

        var read = tracer.AccessRemoteVm(rig.Process, at, new byte[1], write: false);
        var written = tracer.AccessRemoteVm(rig.Process, at, new byte[] { 1 }, write: true);

        Assert.Equal(Errno.EIO, read.Error);
        Assert.Equal(Errno.EIO, written.Error);
        Assert.Equal([9], rig.DeviceBytes(0, 1));
        Assert.Equal(0, rig.Kernel.Trace.CountSince(mark, KernelEventKind.PageGet));
    }
}
