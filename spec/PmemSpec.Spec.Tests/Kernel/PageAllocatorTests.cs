using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Kernel;

public sealed partial class PageAllocatorTests
{
    private readonly SimulatedKernel kernel = new();

    private PageAllocator Allocator => kernel.Allocator;

    [Theory]
    [InlineData(Gfp.Kernel)]
    [InlineData(Gfp.NoIo)]
    [InlineData(Gfp.NoFs)]
    public void AllocPage_ThatMayReclaim_InAtomicContext_IsSleepInAtomicViolation(Gfp gfp)
    {
        using (kernel.Context.EnterAtomic("spin_lock"))
            Allocator.AllocPage(gfp, "test");

        Assert.Equal(KernelViolation.SleepInAtomic, Assert.Single(kernel.Violations.All).Rule);
    }

    [Theory]
    [InlineData(Gfp.Atomic)]
    [InlineData(Gfp.NoWait)]
    [InlineData(Gfp.Atomic | Gfp.Zero)]
    public void AllocPage_ThatNeverSleeps_InAtomicContext_IsNoViolation_AndNoSleep(Gfp gfp)
    {
        Result<ulong> page;
        using (kernel.Context.EnterAtomic("spin_lock"))
            page = Allocator.AllocPage(gfp, "test");

        Assert.True(page.IsOk);
        Assert.Empty(kernel.Violations.All);
        Assert.Equal(0, kernel.Trace.Count(KernelEventKind.Sleep));
    }

    [Theory]
    [InlineData(Gfp.Kernel)]
    [InlineData(Gfp.NoFs)]
    public void AllocPage_WithGfpIo_OnIoPath_IsIoAllocOnIoPathViolation(Gfp gfp)
    {
        using (kernel.Context.EnterIoPath("submit_bio"))
            Allocator.AllocPage(gfp, "test");

        Assert.Equal(KernelViolation.IoAllocOnIoPath, Assert.Single(kernel.Violations.All).Rule);
    }

    [Fact]
    public void AllocPage_NoIo_OnIoPath_IsNoViolation_ButMaySleep()
    {
        using (kernel.Context.EnterIoPath("submit_bio"))
            Assert.True(Allocator.AllocPage(Gfp.NoIo, "test").IsOk);

        Assert.Empty(kernel.Violations.All);
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.Sleep));
    }

    [Fact]
    public void AllocPage_WithGfpIo_OutsideIoPath_IsNoViolation()
    {
        Assert.True(Allocator.AllocPage(Gfp.Kernel, "test").IsOk);

        Assert.Empty(kernel.Violations.All);
    }

    [Fact]
    public void AllocPage_WithZero_GivesAZeroFilledPage()
    {
        var pfn = Allocator.AllocPage(Gfp.Kernel | Gfp.Zero, "test").Value;

        Assert.Equal(new byte[Units.PageSize], PageBytes(pfn));
    }

    [Fact]
    public void AllocPage_WithoutZero_GivesAPageHoldingPoison()
    {
        var pfn = Allocator.AllocPage(Gfp.Kernel, "test").Value;

        Assert.Equal(0xAA, PhysicalMemory.PagePoison);
        Assert.Equal(Filled(PhysicalMemory.PagePoison), PageBytes(pfn));
    }

    [Fact]
    public void AllocPage_WithoutZero_AfterReuse_PoisonsOverTheOldContent()
    {
        var pfn = Allocator.AllocPage(Gfp.Kernel | Gfp.Zero, "test").Value;
        Allocator.FreePage(pfn, "test");

        var again = Allocator.AllocPage(Gfp.Kernel, "test").Value;

        Assert.Equal(pfn, again);
        Assert.Equal(Filled(PhysicalMemory.PagePoison), PageBytes(again));
    }

    [Fact]
    public void FreePage_PoisonsThePage()
    {
        var pfn = Allocator.AllocPage(Gfp.Kernel | Gfp.Zero, "test").Value;
        kernel.Physical.WritePhys(pfn, 0, Filled(0x11));

        Allocator.FreePage(pfn, "test");

        Assert.Equal(Filled(PhysicalMemory.PagePoison), PageBytes(pfn));
        Assert.Equal(PageState.Free, kernel.Pages.StateOf(pfn));
        Assert.Equal(0, Allocator.AllocatedPages);
    }

    [Fact]
    public void FreePage_Twice_IsBadPageState_AndCountsOnce()
    {
        var pfn = Allocator.AllocPage(Gfp.Kernel, "test").Value;
        Allocator.FreePage(pfn, "test");

        Allocator.FreePage(pfn, "test");

        Assert.Equal(KernelViolation.BadPageState, Assert.Single(kernel.Violations.All).Rule);
        Assert.Equal(0, Allocator.AllocatedPages);
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.Free));
    }

    [Fact]
    public void AllocPage_HighmemAllowed_GivesAHighmemPageWithNoAddress()
    {
        var pfn = Allocator.AllocPage(Gfp.Kernel | Gfp.Highmem, "test").Value;

        Assert.True(kernel.Pages.IsHighmem(pfn));
        Assert.True(kernel.Memory.PageAddress(pfn).IsNull);
    }

    [Fact]
    public void AllocPage_HighmemAllowed_PrefersHighmem_OverAFreedLowmemPage()
    {
        var low = Allocator.AllocPage(Gfp.Kernel, "test").Value;
        Allocator.FreePage(low, "test");

        var pfn = Allocator.AllocPage(Gfp.Kernel | Gfp.Highmem, "test").Value;

        Assert.NotEqual(low, pfn);
        Assert.True(kernel.Pages.IsHighmem(pfn));
    }

    [Fact]
    public void AllocPage_WithoutHighmem_GivesALowmemPageWithAnAddress()
    {
        var pfn = Allocator.AllocPage(Gfp.Kernel, "test").Value;

        Assert.False(kernel.Pages.IsHighmem(pfn));
        Assert.False(kernel.Memory.PageAddress(pfn).IsNull);
        Assert.Equal(PageState.Allocated, kernel.Pages.StateOf(pfn));
    }

    [Fact]
    public void FreePage_FreedPfnsAreReused_LastInFirstOut()
    {
        var a = Allocator.AllocPage(Gfp.Kernel, "test").Value;
        var b = Allocator.AllocPage(Gfp.Kernel, "test").Value;
        Allocator.FreePage(a, "test");
        Allocator.FreePage(b, "test");

        var first = Allocator.AllocPage(Gfp.Kernel, "test").Value;
        var second = Allocator.AllocPage(Gfp.Kernel, "test").Value;

        Assert.Equal((b, a), (first, second));
    }

    private byte[] PageBytes(ulong pfn)
    {
        var bytes = new byte[Units.PageSize];
        kernel.Physical.ReadPhys(pfn, 0, bytes);
        return bytes;
    }

    private static byte[] Filled(byte value) => Enumerable.Repeat(value, Units.PageSize).ToArray();
}
