using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Pmem;

/// <summary>pmem direct_access: arithmetic only, linear, the rest of the device (domain §3.1, §3.3, §12 item 12).</summary>
public partial class PmemDeviceTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DirectAccess_NeverSleeps_NorAllocates(bool withStructPages)
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages);
        var mark = rig.Mark;

        for (var pgoff = 0L; pgoff < rig.Device.Pagemap.NrPages; pgoff++)
        {
            Assert.True(rig.Device.DirectAccess(pgoff, 1, DaxAccessMode.Access).IsOk);
            Assert.True(rig.Dax.DirectAccess(pgoff, 1).IsOk);
        }

        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Sleep));
        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Alloc));
    }

    [Theory]
    [InlineData(Era.V4_12, true)]
    [InlineData(Era.V4_19, true)]
    [InlineData(Era.V6_1, true)]
    [InlineData(Era.V6_1, false)]
    public void DirectAccess_InAtomicContext_RecordsNoViolation(Era era, bool withStructPages)
    {
        var rig = Rigs.Pmem(era, withStructPages);
        var mark = rig.Mark;

        Result<DirectAccessResult> result;
        using (rig.Kernel.Context.EnterAtomic("test: spin_lock"))
            result = rig.Device.DirectAccess(3, 2, DaxAccessMode.Access);

        Assert.True(result.IsOk, result.ToString());
        Assert.Empty(rig.ViolationsSince(mark));
        Assert.Equal(0, rig.CountSince(mark, KernelEventKind.Sleep));
    }

    [Fact]
    public void DirectAccess_ThroughTheV6_1Core_InAtomicContext_RecordsNoViolation()
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages: true);
        var mark = rig.Mark;

        Result<DirectAccessResult> result;
        using (rig.Kernel.Context.EnterAtomic("test: rcu_read_lock"))
            result = rig.Dax.DirectAccess(0, 4);

        Assert.True(result.IsOk, result.ToString());
        Assert.Empty(rig.ViolationsSince(mark));
    }

    [Fact]
    public void DirectAccess_OfTheDriver_ReturnsThePagesLeftToTheEnd()
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages: true, pages: 16);

        var result = rig.Device.DirectAccess(pgoff: 3, nrPages: 1, DaxAccessMode.Access);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(13, result.Value.Pages);
    }

    [Fact]
    public void DirectAccess_ThroughTheCore_IsClampedToTheRequest()
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages: true, pages: 16);

        var result = rig.Dax.DirectAccess(pgoff: 3, nrPages: 2);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(2, result.Value.Pages);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DirectAccess_IsLinear_PfnPlusOne_AvailMinusOne_KaddrPlusPage(bool withStructPages)
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages);
        var previous = rig.Device.DirectAccess(0, 1, DaxAccessMode.Access).Value;

        for (var pgoff = 1L; pgoff < rig.Device.Pagemap.NrPages; pgoff++)
        {
            var next = rig.Device.DirectAccess(pgoff, 1, DaxAccessMode.Access).Value;

            Assert.Equal(previous.Pfn.Pfn + 1, next.Pfn.Pfn);
            Assert.Equal(previous.Pages - 1, next.Pages);
            Assert.Equal(previous.Kaddr.Value + Units.PageSize, next.Kaddr.Value);
            previous = next;
        }
    }

    [Theory]
    [InlineData(true, PfnFlags.Dev | PfnFlags.Map)]
    [InlineData(false, PfnFlags.Dev)]
    public void DirectAccess_PfnFlags_AreDevPlusMapExactlyWithStructPages(bool withStructPages, PfnFlags expected)
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages);

        var result = rig.Device.DirectAccess(5, 1, DaxAccessMode.Access);

        Assert.Equal(expected, result.Value.Pfn.Flags);
        Assert.Equal(withStructPages, result.Value.Pfn.IsDevmap);
        Assert.Equal(withStructPages, rig.Kernel.Pages.HasStructPage(result.Value.Pfn.Pfn));
    }

    [Theory]
    [InlineData(Era.V4_9, true)]
    [InlineData(Era.V4_15, false)]
    [InlineData(Era.V6_1, true)]
    [InlineData(Era.V6_1, false)]
    public void DirectAccess_EveryPfn_MatchesThePageRegistry_AndItsKaddr(Era era, bool withStructPages)
    {
        var rig = Rigs.Pmem(era, withStructPages);

        for (var pgoff = 0L; pgoff < rig.Device.Pagemap.NrPages; pgoff++)
        {
            var result = rig.Device.DirectAccess(pgoff, 1, DaxAccessMode.Access).Value;

            Assert.Null(PfnFlagTruth.Mismatch(result.Pfn, rig.Kernel.Pages));
            Assert.True(rig.Kernel.Memory.TryTranslate(result.Kaddr, out var pfn, out _));
            Assert.Equal(result.Pfn.Pfn, pfn);
        }
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    public void DirectAccess_AtOrAfterTheEnd_GivesZeroPages_WhichTheCoreReportsAsErange(long pgoff)
    {
        var rig = Rigs.Pmem(Era.V6_1, withStructPages: true, pages: 16);

        var driver = rig.Device.DirectAccess(pgoff, 1, DaxAccessMode.Access);
        var core = rig.Dax.DirectAccess(pgoff, 1);

        Assert.Equal(0, driver.Value.Pages);
        Assert.Equal(Errno.ERANGE, core.Error);
    }
}
