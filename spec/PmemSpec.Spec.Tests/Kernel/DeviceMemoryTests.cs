using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Kernel;

public sealed class DeviceMemoryTests
{
    private readonly SimulatedKernel kernel = new();

    private DeviceMemory Devices => kernel.DeviceMemory;

    [Fact]
    public void Register_GivesALivePagemap_AndRecordsIt()
    {
        var map = Devices.Register("pmem0", 16, withStructPages: true);

        Assert.Equal(("pmem0", 16L, true, PagemapState.Live), (map.Owner, map.NrPages, map.HasStructPages, map.State));
        Assert.Same(map, Assert.Single(kernel.Pages.Pagemaps));
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.DeviceRegister));
    }

    [Fact]
    public void Register_LeavesAGuardGapBeforeTheNextRegistration()
    {
        var first = Devices.Register("pmem0", 16, withStructPages: true);
        var second = Devices.Register("pmem1", 16, withStructPages: false);

        Assert.Equal(first.BasePfn + 16 + DeviceMemory.GuardPages, second.BasePfn);
        Assert.Null(kernel.Pages.PagemapOf(first.BasePfn + 16));
    }

    [Fact]
    public void Register_MaySleep_SoInAtomicContextItIsAViolation()
    {
        using (kernel.Context.EnterAtomic("spin_lock"))
            Devices.Register("pmem0", 1, withStructPages: true);

        Assert.Equal(KernelViolation.SleepInAtomic, Assert.Single(kernel.Violations.All).Rule);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Register_WithoutPages_Throws(long nrPages) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Devices.Register("pmem0", nrPages, withStructPages: true));

    [Fact]
    public void Remove_WithNoReferences_CompletesAtOnce()
    {
        var map = Devices.Register("pmem0", 4, withStructPages: true);

        var done = Devices.Remove(map);

        Assert.True(done);
        Assert.Equal(PagemapState.Removed, map.State);
        Assert.Equal(PageState.DeviceRemoved, kernel.Pages.StateOf(map.BasePfn));
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.DeviceKill));
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.DeviceRemove));
    }

    [Fact]
    public void Remove_WithAnOutstandingReference_LeavesThePagemapDying_AndRefusesNewReferences()
    {
        var map = Devices.Register("pmem0", 4, withStructPages: true);
        kernel.Pages.GetPage(map.BasePfn, "gup");

        var done = Devices.Remove(map);

        Assert.False(done);
        Assert.Equal(PagemapState.Dying, map.State);
        Assert.Equal(PageState.DeviceDying, kernel.Pages.StateOf(map.BasePfn));
        Assert.Equal(Errno.ENXIO, kernel.Pages.GetPage(map.BasePfn + 1, "late").Error);
        Assert.Equal(Errno.ENXIO, kernel.Pages.Pin(map.BasePfn, longterm: false, "late").Error);
        Assert.Equal(1, map.References);
        Assert.Equal(0, kernel.Trace.Count(KernelEventKind.DeviceRemove));
    }

    [Fact]
    public void Remove_WhileWaiting_CompletesWhenTheLastReferenceIsPut()
    {
        var map = Devices.Register("pmem0", 4, withStructPages: true);
        kernel.Pages.GetPage(map.BasePfn, "gup");
        kernel.Pages.GetPage(map.BasePfn + 2, "gup");
        Devices.Remove(map);

        kernel.Pages.PutPage(map.BasePfn, "gup");
        Assert.Equal(PagemapState.Dying, map.State);
        kernel.Pages.PutPage(map.BasePfn + 2, "gup");

        Assert.Equal(PagemapState.Removed, map.State);
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.DeviceRemove));
        Assert.True(Devices.Remove(map));
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.DeviceRemove));
    }

    [Fact]
    public void Remove_Again_WhileDying_StillWaits_AndDoesNotKillTwice()
    {
        var map = Devices.Register("pmem0", 4, withStructPages: true);
        kernel.Pages.GetPage(map.BasePfn, "gup");
        Devices.Remove(map);

        Assert.False(Devices.Remove(map));
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.DeviceKill));
    }

    [Fact]
    public void Remove_OfPagelessMemory_CompletesAtOnce()
    {
        var map = Devices.Register("dcssblk0", 4, withStructPages: false);

        Assert.True(Devices.Remove(map));
        Assert.Equal(PagemapState.Removed, map.State);
    }
}
