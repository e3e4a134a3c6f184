using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.RawBlockDax;

/// <summary>
/// Device removal while mapped (domain §9.1, §9.2, §12 item 25): every user entry is unmapped, new
/// references are refused, removal completes only when all pins are released, and any later
/// access raises SIGBUS.
/// </summary>
public partial class RawBlockDaxDeviceTests
{
    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void Remove_UnmapsEveryUserEntry_InEveryProcess_PrivateCopiesIncluded(string disk)
    {
        var rig = MmRigs.For(disk);
        var shared = rig.Map(pages: 2);
        var priv = rig.Map(pages: 2, shared: false);
        rig.LoadOk(shared);
        rig.StoreOk(priv, [1]);
        var child = rig.Process.Fork("child");
        rig.LoadOk(shared.AddPages(1), process: child);

        rig.Raw.Remove();

        foreach (var p in new[] { rig.Process, child })
            foreach (var at in new[] { shared, shared.AddPages(1), priv })
                Assert.Null(p.Pte(at));
    }

    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void Remove_ThenAnyAccess_RaisesSigbus(string disk)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map();
        rig.StoreOk(at, [1]);

        rig.Raw.Remove();

        Assert.Equal(AccessOutcome.Sigbus, rig.Process.Load(at, new byte[1]).Outcome);
        Assert.Equal(AccessOutcome.Sigbus, rig.Process.Store(at.AddPages(1), [2]).Outcome);
        Assert.Equal(Errno.ENXIO, rig.Process.Mmap(rig.Raw, 0, 1, Protection.Read, shared: true).Error);
    }

    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void Remove_WithoutPins_CompletesAtOnce_AndTouchesNoRemovedMemory(string disk)
    {
        var rig = MmRigs.For(disk);
        rig.StoreOk(rig.Map(), [1]);
        var mark = rig.Mark;

        var completed = rig.Raw.Remove();

        Assert.True(completed);
        Assert.True(rig.Raw.RemovalComplete);
        Assert.Empty(rig.ViolationsSince(mark));
    }

    [Fact]
    public void Remove_WithAPinHeld_WaitsForIt_AndCompletesWhenItIsReleased()
    {
        var rig = MmRigs.For("pmem");
        var at = rig.Map();
        var pin = rig.Process.GetUserPages(at, 2, GupFlags.Write).Value;
        var pagemap = rig.Kernel.Pages.Pagemaps.Single();

        var completed = rig.Raw.Remove();
        var whilePinned = (pagemap.State, rig.Raw.RemovalComplete, pagemap.References);
        pin.Dispose();

        Assert.False(completed);
        Assert.Equal((PagemapState.Dying, false, 2L), whilePinned);
        Assert.Equal(PagemapState.Removed, pagemap.State);
        Assert.True(rig.Raw.RemovalComplete);
    }

    [Fact]
    public void Remove_RefusesNewReferences_WhileItWaits()
    {
        var rig = MmRigs.For("pmem");
        var at = rig.Map();
        using var pin = rig.Process.GetUserPages(at, 1, GupFlags.None).Value;
        rig.Raw.Remove();
        var mark = rig.Mark;

        var again = rig.Process.GetUserPages(at, 1, GupFlags.None);
        var direct = rig.Kernel.Pages.GetPage(pin.Pfns[0], "test");

        Assert.Equal(Errno.EFAULT, again.Error);
        Assert.Equal(Errno.ENXIO, direct.Error);
        Assert.Equal(0, rig.Kernel.Trace.CountSince(mark, KernelEventKind.Pin));
    }

    [Fact]
    public void Remove_DuringAnODirectReadIntoTheMapping_WaitsForTheIo_ThenCompletes()
    {
        var rig = MmRigs.For("pmem");
        var at = rig.Map();
        rig.LoadOk(at);
        bool? completedDuringIo = null;
        var other = new PmemSpec.Block.Partition(new SpyDisk(rig.Other.Disk, () => completedDuringIo = rig.Raw.Remove()), 0, rig.Other.NrSectors);
        var mark = rig.Mark;

        var read = rig.Process.DirectIoRead(other, 0, at, Units.PageSize);

        Assert.Equal(Units.PageSize, read.Value);
        Assert.False(completedDuringIo);
        Assert.True(rig.Raw.RemovalComplete);
        Assert.Empty(rig.ViolationsSince(mark));
    }
}
