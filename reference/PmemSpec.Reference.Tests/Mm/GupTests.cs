using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Mm;

/// <summary>get_user_pages: short- and long-term pins, page-less entries, write pins (domain §7.1, §7.2).</summary>
public class GupTests
{
    [Theory]
    [InlineData(Era.V4_15)]
    [InlineData(Era.V6_1)]
    public void Longterm_OfAnFsDaxVma_FromV4_15_IsEopnotsupp_AndTakesNoReference(Era era)
    {
        var rig = FileRig.Pmem(era);
        var at = rig.Map();
        rig.LoadOk(at);
        var mark = rig.Mark;

        var pins = rig.Process.GetUserPages(at, 2, GupFlags.Longterm);

        Assert.Equal(Errno.EOPNOTSUPP, pins.Error);
        Assert.Equal(0, rig.Kernel.Trace.CountSince(mark, KernelEventKind.PageGet));
    }

    [Fact]
    public void Longterm_OfAnFsDaxVma_BeforeV4_15_Succeeds()
    {
        var rig = FileRig.Pmem(Era.V4_12);

        using var pins = rig.Process.GetUserPages(rig.Map(), 2, GupFlags.Longterm).Value;

        Assert.Equal(2, pins.Pfns.Count);
    }

    [Theory]
    [InlineData(DaxMappingKind.DeviceDax)]
    [InlineData(DaxMappingKind.None)]
    public void Longterm_OfADeviceDaxOrNonDaxVma_Succeeds(DaxMappingKind kind)
    {
        var rig = FileRig.Pmem(Era.V6_1, kind);

        using var pins = rig.Process.GetUserPages(rig.Map(), 1, GupFlags.Longterm).Value;

        Assert.True(pins.Longterm);
        Assert.Equal(1, rig.Kernel.Pages.PinCount(pins.Pfns[0]));
    }

    [Fact]
    public void ShortTerm_OfAnFsDaxVma_IsAllowed_AndHoldsAReferencePerPage()
    {
        var rig = FileRig.Pmem();
        var at = rig.Map();

        var pins = rig.Process.GetUserPages(at, 2, GupFlags.None).Value;
        var held = pins.Pfns.Select(rig.Kernel.Pages.RefCount).ToArray();
        pins.Dispose();

        Assert.Equal([2, 2], held);
        Assert.Equal([1, 1], pins.Pfns.Select(rig.Kernel.Pages.RefCount));
        Assert.True(pins.Released);
    }

    [Fact]
    public void OfPageLessEntries_IsEfault_AndTakesNoReference()
    {
        var rig = FileRig.Dcss();
        var at = rig.Map();
        var mark = rig.Mark;

        var pins = rig.Process.GetUserPages(at, 1, GupFlags.None);

        Assert.Equal(Errno.EFAULT, pins.Error);
        Assert.Equal(0, rig.Kernel.Trace.CountSince(mark, KernelEventKind.PageGet));
    }

    [Fact]
    public void Write_OnAPrivateMapping_BreaksCopyOnWrite_AndPinsTheCopy()
    {
        var rig = FileRig.Pmem();
        var at = rig.Map(shared: false);
        rig.LoadOk(at);

        using var pins = rig.Process.GetUserPages(at, 1, GupFlags.Write).Value;

        var pte = rig.Process.Pte(at)!.Value;
        Assert.True(pte.Anon);
        Assert.Equal(pte.Pfn, pins.Pfns[0]);
    }

    [Fact]
    public void Write_OnAReadOnlyVma_IsEfault()
    {
        var rig = FileRig.Pmem();

        Assert.Equal(Errno.EFAULT, rig.Process.GetUserPages(rig.Map(prot: Protection.Read), 1, GupFlags.Write).Error);
    }

    [Fact]
    public void AHoleInTheRange_IsEfault_AndEarlierPinsAreReleased()
    {
        var rig = FileRig.Pmem();
        var at = rig.Map(pages: 2);
        rig.LoadOk(at);
        var pfn = rig.Process.Pte(at)!.Value.Pfn;

        var pins = rig.Process.GetUserPages(at, 4, GupFlags.None);

        Assert.Equal(Errno.EFAULT, pins.Error);
        Assert.Equal(0, rig.Kernel.Pages.PinCount(pfn));
        Assert.Equal(1, rig.Kernel.Pages.RefCount(pfn));
    }

    [Fact]
    public void ReleasingAPinOfAnUnmappedAnonymousPage_FreesIt()
    {
        var rig = FileRig.Pmem();
        var at = rig.MapAnonymous(1);
        var pins = rig.Process.GetUserPages(at, 1, GupFlags.Write).Value;
        rig.Process.Munmap(at, 1);
        var whileHeld = rig.Kernel.Allocator.AllocatedPages;

        pins.Dispose();

        Assert.Equal(1, whileHeld);
        Assert.Equal(0, rig.Kernel.Allocator.AllocatedPages);
    }
}
