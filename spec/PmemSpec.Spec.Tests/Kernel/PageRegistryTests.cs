using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Kernel;

public sealed class PageRegistryTests
{
    private readonly SimulatedKernel kernel = new();

    private PageRegistry Pages => kernel.Pages;

    [Fact]
    public void HasStructPage_IsTrueForRam_AndDeviceMemoryWithPages_Only()
    {
        var paged = kernel.DeviceMemory.Register("pmem0", 4, withStructPages: true);
        var pageless = kernel.DeviceMemory.Register("dcssblk0", 4, withStructPages: false);

        Assert.True(Pages.HasStructPage(KernelConfig.RamBasePfn));
        Assert.True(Pages.HasStructPage(paged.BasePfn + 3));
        Assert.False(Pages.HasStructPage(pageless.BasePfn));
        Assert.False(Pages.HasStructPage(paged.BasePfn + 4));
        Assert.False(Pages.HasStructPage(KernelConfig.RamBasePfn - 1));
    }

    [Fact]
    public void OwnerOf_NamesRam_TheDevice_OrNone()
    {
        var map = kernel.DeviceMemory.Register("pmem0", 4, withStructPages: true);

        Assert.Equal("ram", Pages.OwnerOf(KernelConfig.RamBasePfn));
        Assert.Equal("pmem0", Pages.OwnerOf(map.BasePfn));
        Assert.Equal("none", Pages.OwnerOf(map.BasePfn + 4));
    }

    [Fact]
    public void StateOf_FollowsAllocationAndRegistration()
    {
        var map = kernel.DeviceMemory.Register("pmem0", 4, withStructPages: false);
        var pfn = kernel.Allocator.AllocPage(Gfp.Kernel, "test").Value;

        Assert.Equal(PageState.Allocated, Pages.StateOf(pfn));
        Assert.Equal(PageState.Free, Pages.StateOf(pfn + 1));
        Assert.Equal(PageState.DeviceLive, Pages.StateOf(map.BasePfn));
        Assert.Equal(PageState.Invalid, Pages.StateOf(map.BasePfn + 4));
    }

    [Fact]
    public void GetPage_OnPagelessMemory_IsEfault_AndTakesNoReference()
    {
        var map = kernel.DeviceMemory.Register("dcssblk0", 4, withStructPages: false);

        var result = Pages.GetPage(map.BasePfn, "test");

        Assert.Equal(Errno.EFAULT, result.Error);
        Assert.Equal(0, Pages.RefCount(map.BasePfn));
        Assert.Equal(0, map.References);
        Assert.Equal(0, kernel.Trace.Count(KernelEventKind.PageGet));
    }

    [Fact]
    public void GetPage_ThenPutPage_CountsReferencesOnThePageAndItsPagemap()
    {
        var map = kernel.DeviceMemory.Register("pmem0", 4, withStructPages: true);

        Assert.True(Pages.GetPage(map.BasePfn, "test").IsOk);
        Assert.True(Pages.GetPage(map.BasePfn, "test").IsOk);
        Assert.True(Pages.GetPage(map.BasePfn + 1, "test").IsOk);
        Assert.Equal((2, 3L), (Pages.RefCount(map.BasePfn), map.References));

        Pages.PutPage(map.BasePfn, "test");

        Assert.Equal((1, 2L), (Pages.RefCount(map.BasePfn), map.References));
        Assert.Empty(kernel.Violations.All);
    }

    [Fact]
    public void GetPage_OnAFreeRamPage_ReportsUseAfterFree()
    {
        var result = Pages.GetPage(KernelConfig.RamBasePfn, "test");

        Assert.True(result.IsOk);
        Assert.Equal(KernelViolation.UseAfterFree, Assert.Single(kernel.Violations.All).Rule);
    }

    [Fact]
    public void PutPage_WithoutAReference_IsBadPageState()
    {
        var pfn = kernel.Allocator.AllocPage(Gfp.Kernel, "test").Value;

        Pages.PutPage(pfn, "test");

        Assert.Equal(KernelViolation.BadPageState, Assert.Single(kernel.Violations.All).Rule);
        Assert.Equal(0, Pages.RefCount(pfn));
    }

    [Fact]
    public void Pin_ThenUnpin_CountsPinsAndTheirReferences()
    {
        var pfn = kernel.Allocator.AllocPage(Gfp.Kernel, "test").Value;

        Assert.True(Pages.Pin(pfn, longterm: false, "test").IsOk);
        Assert.True(Pages.Pin(pfn, longterm: true, "test").IsOk);
        Assert.Equal((2, 2), (Pages.PinCount(pfn), Pages.RefCount(pfn)));

        Pages.Unpin(pfn, "test");

        Assert.Equal((1, 1), (Pages.PinCount(pfn), Pages.RefCount(pfn)));
        Assert.Empty(kernel.Violations.All);
    }

    [Fact]
    public void Pin_OnPagelessMemory_IsEfault_AndPinsNothing()
    {
        var map = kernel.DeviceMemory.Register("dcssblk0", 4, withStructPages: false);

        Assert.Equal(Errno.EFAULT, Pages.Pin(map.BasePfn, longterm: false, "test").Error);
        Assert.Equal(0, Pages.PinCount(map.BasePfn));
    }

    [Fact]
    public void Unpin_WithoutAPin_IsBadPageState_AndKeepsOtherReferences()
    {
        var pfn = kernel.Allocator.AllocPage(Gfp.Kernel, "test").Value;
        Pages.GetPage(pfn, "test");

        Pages.Unpin(pfn, "test");

        Assert.Equal(KernelViolation.BadPageState, Assert.Single(kernel.Violations.All).Rule);
        Assert.Equal(1, Pages.RefCount(pfn));
    }
}
