using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Kernel;

/// <summary>This file: fault injection, memory pressure and exhaustion.</summary>
public sealed partial class PageAllocatorTests
{
    [Fact]
    public void FailNext_FailsExactlyThatManyAllocations_WithEnomemAndAllocFailedEvents()
    {
        var kernel = new SimulatedKernel();
        kernel.Allocator.FailNext(2);

        var results = Enumerable.Range(0, 3).Select(_ => kernel.Allocator.AllocPage(Gfp.Kernel, "test").Error).ToArray();

        Assert.Equal([Errno.ENOMEM, Errno.ENOMEM, Errno.None], results);
        Assert.Equal(2, kernel.Trace.Count(KernelEventKind.AllocFailed));
        Assert.Equal(1, kernel.Allocator.AllocatedPages);
    }

    [Fact]
    public void MemoryPressure_FailsEveryAllocation_UntilCleared()
    {
        var kernel = new SimulatedKernel();
        kernel.Allocator.MemoryPressure = true;

        var during = kernel.Allocator.AllocPage(Gfp.Atomic, "test");
        var alsoDuring = kernel.Allocator.AllocPage(Gfp.Kernel, "test");
        kernel.Allocator.MemoryPressure = false;
        var after = kernel.Allocator.AllocPage(Gfp.Kernel, "test");

        Assert.Equal(Errno.ENOMEM, during.Error);
        Assert.Equal(Errno.ENOMEM, alsoDuring.Error);
        Assert.True(after.IsOk);
        Assert.Equal(2, kernel.Trace.Count(KernelEventKind.AllocFailed));
    }

    [Fact]
    public void AllocPage_WhenLowmemIsExhausted_ReturnsEnomem_EvenWithHighmemFree()
    {
        var kernel = new SimulatedKernel(KernelConfig.Default with { RamPages = 4, LowmemPages = 2 });
        kernel.Allocator.AllocPage(Gfp.Kernel, "test");
        kernel.Allocator.AllocPage(Gfp.Kernel, "test");

        var third = kernel.Allocator.AllocPage(Gfp.Kernel, "test");

        Assert.Equal(Errno.ENOMEM, third.Error);
        Assert.Equal(1, kernel.Trace.Count(KernelEventKind.AllocFailed));
    }

    [Fact]
    public void AllocPage_HighmemAllowed_UsesHighmemFirst_ThenLowmem_ThenFails()
    {
        var kernel = new SimulatedKernel(KernelConfig.Default with { RamPages = 4, LowmemPages = 2 });

        var pages = Enumerable.Range(0, 5).Select(_ => kernel.Allocator.AllocPage(Gfp.Kernel | Gfp.Highmem, "test")).ToArray();

        Assert.Equal([true, true, false, false], pages[..4].Select(p => kernel.Pages.IsHighmem(p.Value)));
        Assert.Equal(Errno.ENOMEM, pages[4].Error);
        Assert.Equal(4, kernel.Allocator.AllocatedPages);
    }

    [Fact]
    public void AllocPage_AfterExhaustion_SucceedsAgainOnceAPageIsFreed()
    {
        var kernel = new SimulatedKernel(KernelConfig.Default with { RamPages = 1, LowmemPages = 1 });
        var only = kernel.Allocator.AllocPage(Gfp.Kernel, "test").Value;
        Assert.Equal(Errno.ENOMEM, kernel.Allocator.AllocPage(Gfp.Kernel, "test").Error);

        kernel.Allocator.FreePage(only, "test");

        Assert.Equal(only, kernel.Allocator.AllocPage(Gfp.Kernel, "test").Value);
    }
}
