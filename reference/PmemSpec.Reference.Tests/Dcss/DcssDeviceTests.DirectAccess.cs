using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Dcss;

/// <summary>dcssblk direct_access: page-less pfns, never sleeps (domain §4.1, §3.4).</summary>
public partial class DcssDeviceTests
{
    [Theory]
    [InlineData(Era.V4_12, PfnFlags.Dev)]
    [InlineData(Era.V4_15, PfnFlags.Dev)]
    [InlineData(Era.V4_19, PfnFlags.Dev | PfnFlags.Special)]
    [InlineData(Era.V5_10, PfnFlags.Dev | PfnFlags.Special)]
    [InlineData(Era.V6_1, PfnFlags.Dev | PfnFlags.Special)]
    public void DirectAccess_ReturnsPagelessPfns_WithEraFlags(Era era, PfnFlags expected)
    {
        var rig = Rigs.Dcss(era);

        for (var pgoff = 0L; pgoff < rig.Device.CapacitySectors / Units.SectorsPerPage; pgoff++)
        {
            var result = rig.Dax.DirectAccess(pgoff, 1);

            Assert.True(result.IsOk, result.ToString());
            Assert.Equal(expected, result.Value.Pfn.Flags);
            Assert.False(rig.Kernel.Pages.HasStructPage(result.Value.Pfn.Pfn));
            Assert.False(result.Value.Pfn.HasPage);
            Assert.Null(PfnFlagTruth.Mismatch(result.Value.Pfn, rig.Kernel.Pages));
        }
    }

    [Theory]
    [InlineData(Era.V4_12)]
    [InlineData(Era.V6_1)]
    public void DirectAccess_NeverSleeps_NorAllocates_EvenInAtomicContext(Era era)
    {
        var rig = Rigs.Dcss(era);
        var mark = rig.Mark;

        using (rig.Kernel.Context.EnterAtomic("test: spin_lock"))
        {
            for (var pgoff = 0L; pgoff < rig.Device.CapacitySectors / Units.SectorsPerPage; pgoff++)
                Assert.True(rig.Device.DirectAccess(pgoff, 1, DaxAccessMode.Access).IsOk);
        }

        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Sleep));
        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Alloc));
        Assert.Empty(rig.ViolationsSince(mark));
    }

    [Fact]
    public void DirectAccess_ThroughTheV6_1Core_NeverSleeps()
    {
        var rig = Rigs.Dcss(Era.V6_1);
        var mark = rig.Mark;

        var result = rig.Dax.DirectAccess(0, 4);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Sleep));
    }

    [Fact]
    public void DirectAccess_ReturnsThePagesLeftToTheEnd_AndTheKaddrOfThePfn()
    {
        var rig = Rigs.Dcss(Era.V6_1, pages: 16);

        var result = rig.Device.DirectAccess(5, 1, DaxAccessMode.Access);

        Assert.Equal(11, result.Value.Pages);
        Assert.True(rig.Kernel.Memory.TryTranslate(result.Value.Kaddr, out var pfn, out _));
        Assert.Equal(result.Value.Pfn.Pfn, pfn);
    }

    [Fact]
    public void DirectAccess_AtTheEnd_IsErangeThroughTheCore()
    {
        var rig = Rigs.Dcss(Era.V6_1, pages: 16);

        var result = rig.Dax.DirectAccess(16, 1);

        Assert.Equal(Errno.ERANGE, result.Error);
    }
}
