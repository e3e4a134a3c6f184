using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Brd;

/// <summary>brd DAX through the era C core, v4.12 (domain §2.5, §12 item 11).</summary>
public partial class BrdDeviceTests
{
    [Fact]
    public void DirectAccess_ThroughDaxDevice_ReturnsExactlyOnePage_EvenWhenMoreAreAsked()
    {
        var rig = Rigs.Brd(Era.V4_12);

        var result = rig.Dax.DirectAccess(pgoff: 2, nrPages: 5);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(1, result.Value.Pages);
    }

    [Fact]
    public void DirectAccess_ThroughDaxDevice_AllocatesOnFirstCall_AndNotOnSecond()
    {
        var rig = Rigs.Brd(Era.V4_12);
        var first = rig.Dax.DirectAccess(3, 1);
        var allocated = rig.Kernel.Allocator.AllocatedPages;
        var mark = rig.Mark;

        var second = rig.Dax.DirectAccess(3, 1);

        Assert.True(first.IsOk && second.IsOk);
        Assert.Equal(1, allocated);
        Assert.Equal(1, rig.Device.NrPages);
        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Alloc));
        Assert.Equal(allocated, rig.Kernel.Allocator.AllocatedPages);
        Assert.Equal(first.Value.Pfn, second.Value.Pfn);
        Assert.Equal(first.Value.Kaddr, second.Value.Kaddr);
    }

    [Fact]
    public void DirectAccess_OnFirstTouch_SleepsInTheDriver()
    {
        var rig = Rigs.Brd(Era.V4_12);
        var mark = rig.Mark;

        var result = rig.Device.DirectAccess(0, 1, DaxAccessMode.Access);

        Assert.True(result.IsOk, result.ToString());
        Assert.True(rig.CountSince(mark, KernelEventKind.Sleep) > 0, "brd_insert_page allocates with GFP_NOIO and may sleep");
        Assert.Equal(1, rig.CountSince(mark, KernelEventKind.Alloc));
    }

    [Fact]
    public void DirectAccess_ReturnsFlaglessPfn_WhoseKaddrMapsToIt()
    {
        var rig = Rigs.Brd(Era.V4_12);

        var result = rig.Dax.DirectAccess(1, 1);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(PfnFlags.None, result.Value.Pfn.Flags);
        Assert.True(rig.Kernel.Memory.TryTranslate(result.Value.Kaddr, out var pfn, out var offset));
        Assert.Equal(result.Value.Pfn.Pfn, pfn);
        Assert.Equal(0, offset);
        Assert.Null(PfnFlagTruth.Mismatch(result.Value.Pfn, rig.Kernel.Pages));
    }

    [Fact]
    public void DirectAccess_WhenAllocationFails_ReturnsEnospc_AndAllocatesNothing()
    {
        var rig = Rigs.Brd(Era.V4_12);
        rig.Kernel.Allocator.FailNext(1);

        var result = rig.Dax.DirectAccess(0, 1);

        Assert.Equal(Errno.ENOSPC, result.Error);
        Assert.Equal(0, rig.Device.NrPages);
        Assert.Equal(0, rig.Kernel.Allocator.AllocatedPages);
    }

    [Fact]
    public void DirectAccess_OfUnallocatedPage_InAtomicContext_RecordsSleepInAtomic()
    {
        var rig = Rigs.Brd(Era.V4_12);
        var mark = rig.Mark;

        using (rig.Kernel.Context.EnterAtomic("test: spin_lock"))
            rig.Device.DirectAccess(0, 1, DaxAccessMode.Access);

        Assert.Contains(KernelViolation.SleepInAtomic, rig.ViolationsSince(mark));
    }

    [Fact]
    public void DirectAccess_OfAllocatedPage_InAtomicContext_RecordsNoViolation()
    {
        var rig = Rigs.Brd(Era.V4_12);
        Assert.True(rig.Device.DirectAccess(0, 1, DaxAccessMode.Access).IsOk);
        var mark = rig.Mark;

        using (rig.Kernel.Context.EnterAtomic("test: spin_lock"))
            rig.Device.DirectAccess(0, 1, DaxAccessMode.Access);

        Assert.Empty(rig.ViolationsSince(mark));
    }
}
