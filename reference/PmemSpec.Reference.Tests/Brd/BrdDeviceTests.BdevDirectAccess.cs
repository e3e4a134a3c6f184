using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Brd;

/// <summary>brd DAX through the era B wrapper, v4.9 (domain §1.2, §2.5, §12 item 11).</summary>
public partial class BrdDeviceTests
{
    [Fact]
    public void BdevDirectAccess_ReturnsExactlyOnePage_EvenWhenMoreAreAsked()
    {
        var rig = Rigs.Brd(Era.V4_9);

        var result = BdevDirectAccess.Call(rig.Kernel, rig.Bdev, sector: Units.SectorsPerPage, size: 4 * Units.PageSize);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(Units.PageSize, result.Value.Bytes);
    }

    [Fact]
    public void BdevDirectAccess_AllocatesOnFirstCall_AndNotOnSecond_SamePfnAndKaddr()
    {
        var rig = Rigs.Brd(Era.V4_9);
        var mark = rig.Mark;

        var first = BdevDirectAccess.Call(rig.Kernel, rig.Bdev, 0, Units.PageSize);
        var between = rig.Mark;
        var second = BdevDirectAccess.Call(rig.Kernel, rig.Bdev, 0, Units.PageSize);

        Assert.True(first.IsOk && second.IsOk);
        Assert.Equal(1, rig.CountSince(mark, KernelEventKind.Alloc));
        Assert.Equal(0, rig.CountSince(between, KernelEventKind.Alloc));
        Assert.True(rig.CountSince(mark, KernelEventKind.Sleep) > 0);
        Assert.Equal(first.Value.Pfn, second.Value.Pfn);
        Assert.Equal(first.Value.Kaddr, second.Value.Kaddr);
    }

    [Fact]
    public void BdevDirectAccess_ReturnsFlaglessPfn_WhoseKaddrMapsToIt()
    {
        var rig = Rigs.Brd(Era.V4_9);

        var result = BdevDirectAccess.Call(rig.Kernel, rig.Bdev, 2 * Units.SectorsPerPage, Units.PageSize);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(PfnFlags.None, result.Value.Pfn.Flags);
        Assert.True(rig.Kernel.Memory.TryTranslate(result.Value.Kaddr, out var pfn, out _));
        Assert.Equal(result.Value.Pfn.Pfn, pfn);
    }

    [Fact]
    public void BdevDirectAccess_WhenAllocationFails_ReturnsEnospc()
    {
        var rig = Rigs.Brd(Era.V4_9);
        rig.Kernel.Allocator.MemoryPressure = true;

        var result = BdevDirectAccess.Call(rig.Kernel, rig.Bdev, 0, Units.PageSize);

        Assert.Equal(Errno.ENOSPC, result.Error);
        Assert.Equal(0, rig.Device.NrPages);
    }

    [Fact]
    public void BdevDirectAccess_InAtomicContext_RecordsSleepInAtomic()
    {
        var rig = Rigs.Brd(Era.V4_9);
        var mark = rig.Mark;

        using (rig.Kernel.Context.EnterAtomic("test: spin_lock"))
            BdevDirectAccess.Call(rig.Kernel, rig.Bdev, 0, Units.PageSize);

        Assert.Contains(KernelViolation.SleepInAtomic, rig.ViolationsSince(mark));
    }
}
