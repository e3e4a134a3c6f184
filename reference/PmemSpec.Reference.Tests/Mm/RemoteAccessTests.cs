using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Mm;

/// <summary>access_remote_vm (ptrace) into another process (domain §7.1).</summary>
public class RemoteAccessTests
{
    [Fact]
    public void ReadsAndWritesAnotherProcessesAnonymousMemory_AcrossPages()
    {
        var rig = FileRig.Pmem();
        var at = rig.MapAnonymous(2);
        var tracer = rig.Mm.Spawn("gdb");

        var written = tracer.AccessRemoteVm(rig.Process, at + 4094, BytePattern.Make(4, seed: 1), write: true);
        var buffer = new byte[4];
        var read = tracer.AccessRemoteVm(rig.Process, at + 4094, buffer, write: false);

        Assert.Equal(4, written.Value);
        Assert.Equal(4, read.Value);
        Assert.Equal(BytePattern.Make(4, seed: 1), buffer);
        Assert.Equal(BytePattern.Make(4, seed: 1), rig.LoadOk(at + 4094, 4));
    }

    [Fact]
    public void WhereNothingIsMapped_IsEio()
    {
        var rig = FileRig.Pmem();

        Assert.Equal(Errno.EIO, rig.Mm.Spawn("gdb").AccessRemoteVm(rig.Process, new(0x5000), new byte[1], write: false).Error);
    }

    [Fact]
    public void AShortCopy_ReturnsTheBytesCopied()
    {
        var rig = FileRig.Pmem();
        var at = rig.MapAnonymous(1);

        var read = rig.Mm.Spawn("gdb").AccessRemoteVm(rig.Process, at + 4092, new byte[8], write: false);

        Assert.Equal(4, read.Value);
    }

    [Fact]
    public void ThroughAPageLessFileMapping_IsEio_AndChangesNothing()
    {
        var rig = FileRig.Dcss();
        var at = rig.Map();

        var written = rig.Mm.Spawn("gdb").AccessRemoteVm(rig.Process, at, new byte[] { 5 }, write: true);

        Assert.Equal(Errno.EIO, written.Error);
        Assert.Equal([0], rig.DevicePage(0));
    }
}
