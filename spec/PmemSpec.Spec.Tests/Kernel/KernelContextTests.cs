using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Kernel;

public sealed class KernelContextTests
{
    private readonly SimulatedKernel kernel = new();

    private KernelContext Context => kernel.Context;

    [Fact]
    public void MightSleep_InProcessContext_RecordsSleepEvent_AndNoViolation()
    {
        var mark = kernel.Trace.Mark;

        Context.MightSleep("test_fn");

        var sleep = Assert.Single(kernel.Trace.Since(mark));
        Assert.Equal(KernelEventKind.Sleep, sleep.Kind);
        Assert.Equal("test_fn", sleep.Detail);
        Assert.Empty(kernel.Violations.All);
    }

    [Fact]
    public void MightSleep_InAtomicContext_RecordsSleepInAtomicViolation()
    {
        using (Context.EnterAtomic("spin_lock(test_lock)"))
            Context.MightSleep("test_fn");

        var violation = Assert.Single(kernel.Violations.All);
        Assert.Equal(KernelViolation.SleepInAtomic, violation.Rule);
        Assert.Contains("sleeping function called from invalid context", violation.Message, StringComparison.Ordinal);
        Assert.Contains("spin_lock(test_lock)", violation.Message, StringComparison.Ordinal);
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.Sleep));
    }

    [Fact]
    public void MightSleep_AfterLeavingAtomicContext_IsNoViolation()
    {
        using (Context.EnterAtomic("spin_lock(test_lock)")) { }

        Context.MightSleep("test_fn");

        Assert.Empty(kernel.Violations.All);
    }

    [Fact]
    public void EnterAtomic_Nested_StaysAtomicUntilOutermostScopeIsLeft()
    {
        var outer = Context.EnterAtomic("outer");
        var inner = Context.EnterAtomic("inner");
        Assert.Equal("inner", Context.AtomicReason);

        inner.Dispose();
        Assert.True(Context.InAtomic);
        Assert.Equal("outer", Context.AtomicReason);

        outer.Dispose();
        Assert.False(Context.InAtomic);
        Assert.Null(Context.AtomicReason);
        Assert.Empty(kernel.Violations.All);
    }

    [Fact]
    public void Leave_OutOfOrder_ReportsContextImbalance_AndStillLeavesThatScope()
    {
        var first = Context.EnterAtomic("first");
        var second = Context.EnterAtomic("second");

        first.Dispose();

        var violation = Assert.Single(kernel.Violations.All);
        Assert.Equal(KernelViolation.ContextImbalance, violation.Rule);
        Assert.Contains("first", violation.Message, StringComparison.Ordinal);
        Assert.Equal("second", Context.AtomicReason);
        second.Dispose();
        Assert.False(Context.InAtomic);
        Assert.Single(kernel.Violations.All);
    }

    [Fact]
    public void Dispose_Twice_LeavesOnlyOnce()
    {
        var outer = Context.EnterAtomic("outer");
        var inner = Context.EnterAtomic("inner");

        inner.Dispose();
        inner.Dispose();

        Assert.True(Context.InAtomic);
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.ContextExit));
        outer.Dispose();
        Assert.Empty(kernel.Violations.All);
    }

    [Fact]
    public void EnterIoPath_SetsOnIoPath_WithoutBeingAtomic()
    {
        using (Context.EnterIoPath("submit_bio"))
        {
            Assert.True(Context.OnIoPath);
            Assert.False(Context.InAtomic);
            Context.MightSleep("on the I/O path");
        }

        Assert.False(Context.OnIoPath);
        Assert.Empty(kernel.Violations.All);
    }

    [Fact]
    public void EnterAtomic_InsideIoPath_KeepsBoth_AndLeavingRestoresEach()
    {
        using (Context.EnterIoPath("submit_bio"))
        {
            using (Context.EnterAtomic("spin_lock"))
                Assert.True(Context.InAtomic && Context.OnIoPath);
            Assert.False(Context.InAtomic);
            Assert.True(Context.OnIoPath);
        }

        Assert.False(Context.OnIoPath);
    }

    [Fact]
    public void EnterAndLeave_AreRecordedInTheTrace_WithKindAndReason()
    {
        var mark = kernel.Trace.Mark;

        using (Context.EnterAtomic("kmap_atomic")) { }

        Assert.Equal(
            [(KernelEventKind.ContextEnter, "Atomic (kmap_atomic)"), (KernelEventKind.ContextExit, "Atomic (kmap_atomic)")],
            kernel.Trace.Since(mark).Select(e => (e.Kind, e.Detail)));
    }

    [Fact]
    public void LockPageTable_IsAtomic_AndMightSleepUnderIt_IsASleepInAtomicViolationNamingThePtl()
    {
        using (Context.LockPageTable("proc1"))
        {
            Assert.True(Context.HoldsPageTableLock);
            Assert.True(Context.InAtomic);
            Context.MightSleep("bdev_direct_access");
        }

        var violation = Assert.Single(kernel.Violations.All);
        Assert.Equal(KernelViolation.SleepInAtomic, violation.Rule);
        Assert.Contains("ptl of proc1", violation.Message, StringComparison.Ordinal);
        Assert.False(Context.HoldsPageTableLock);
    }

    [Fact]
    public void HoldsPageTableLock_IsFalse_UnderAnOtherSpinlock()
    {
        using (Context.EnterAtomic("spin_lock(brd_lock)"))
            Assert.False(Context.HoldsPageTableLock);
    }
}
