using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.RawBlockDax;

/// <summary>
/// Where direct_access runs (domain §10): in process context, never under the page-table lock,
/// because bdev_direct_access may sleep (might_sleep() from v4.4) and brd's does.
/// </summary>
public partial class RawBlockDaxDeviceTests
{
    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void Fault_CallsDirectAccessInProcessContext_WithoutThePageTableLock(string disk)
    {
        var seen = new List<(bool Atomic, bool Ptl)>();
        SimulatedKernel? kernel = null;
        var rig = MmRigs.For(disk, wrap: d => new SpyDaxDevice(d, () => seen.Add((kernel!.Context.InAtomic, kernel.Context.HoldsPageTableLock))));
        kernel = rig.Kernel;
        var at = rig.Map();
        var mark = rig.Mark;

        rig.StoreOk(at.AddPages(1), [1]);

        Assert.Equal([(false, false)], seen);
        Assert.Empty(rig.ViolationsSince(mark));
    }

    [Fact]
    public void Fault_OnBrd_MaySleepAndAllocateANoIoPage_WithoutAViolation()
    {
        var rig = MmRigs.For("brd");
        var at = rig.Map();
        var mark = rig.Mark;

        rig.LoadOk(at);

        Assert.True(rig.Kernel.Trace.CountSince(mark, KernelEventKind.Sleep) > 0);
        var alloc = Assert.Single(AllocTrace.Since(rig.Kernel, mark));
        Assert.False(alloc.Gfp.HasFlag(Gfp.Io));
        Assert.Empty(rig.ViolationsSince(mark));
    }

    [Fact]
    public void Fault_OnBrd_WhenItsPageCannotBeAllocated_RaisesSigbus_AndMapsNothing()
    {
        var rig = MmRigs.For("brd");
        var at = rig.Map();
        rig.Kernel.Allocator.FailNext(1);

        var result = rig.Process.Load(at, new byte[1]);

        Assert.Equal(AccessResult.Sigbus(at), result);
        Assert.Null(rig.Process.Pte(at));
        Assert.True(rig.Process.Load(at, new byte[1]).IsOk);
    }

    /// <summary>The mutant: a fault handler that calls direct_access under the page-table lock is caught.</summary>
    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void AFaultHandlerHoldingThePageTableLock_IsCaught_AsSleepingInAtomicContext(string disk)
    {
        var rig = MmRigs.For(disk);
        var wrong = new PtlHeldFault(rig.Kernel, rig.Raw);
        var at = rig.Process.Mmap(wrong, 0, 1, Protection.ReadWrite, shared: true).Value;
        var mark = rig.Mark;

        rig.LoadOk(at);

        var violation = rig.Kernel.Violations.Since(mark).First();
        Assert.Equal(KernelViolation.SleepInAtomic, violation.Rule);
        Assert.Contains("bdev_direct_access", violation.Message, StringComparison.Ordinal);
        Assert.Contains("ptl of proc", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void EveryEntryChange_HappensUnderThePageTableLock(string disk)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map(shared: false);
        var mark = rig.Mark;

        rig.LoadOk(at);
        rig.StoreOk(at, [1]);
        rig.Process.Fork("child").Store(at, [2]);
        rig.Process.Munmap(at, 4);

        Assert.Empty(rig.ViolationsSince(mark));
        Assert.True(rig.Kernel.Trace.CountSince(mark, KernelEventKind.PteSet) >= 3);
    }
}
