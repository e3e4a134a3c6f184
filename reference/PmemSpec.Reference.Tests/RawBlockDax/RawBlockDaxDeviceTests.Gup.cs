using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.RawBlockDax;

/// <summary>get_user_pages on raw DAX entries (domain §7.1, §7.2).</summary>
public partial class RawBlockDaxDeviceTests
{
    [Theory]
    [MemberData(nameof(MmRigs.SpecialDisks), MemberType = typeof(MmRigs))]
    public void GetUserPages_OnSpecialEntries_IsEfault_AndTakesNoReference(string disk)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map();
        var mark = rig.Mark;

        var pins = rig.Process.GetUserPages(at, 2, GupFlags.None);

        Assert.Equal(Errno.EFAULT, pins.Error);
        Assert.Equal(0, rig.Kernel.Trace.CountSince(mark, KernelEventKind.PageGet));
        Assert.Equal(0, rig.Kernel.Trace.CountSince(mark, KernelEventKind.Pin));
    }

    [Fact]
    public void GetUserPages_OnDevmapEntries_TakesAPagemapReferenceAndAPinPerPage_UntilReleased()
    {
        var rig = MmRigs.For("pmem");
        var at = rig.Map();
        var pagemap = rig.Kernel.Pages.Pagemaps.Single();

        var pins = rig.Process.GetUserPages(at, 3, GupFlags.Write).Value;
        var heldReferences = pagemap.References;
        var heldPins = pins.Pfns.Select(rig.Kernel.Pages.PinCount).ToArray();
        pins.Dispose();

        Assert.Equal(6, heldReferences);
        Assert.Equal([1, 1, 1], heldPins);
        Assert.Equal(3, pagemap.References);
        Assert.Equal(Enumerable.Range(0, 3).Select(i => pagemap.BasePfn + (ulong)i), pins.Pfns);
    }

    [Fact]
    public void GetUserPages_Longterm_InV4_6_IsNotRefused_TheRefusalComesInV4_15()
    {
        var rig = MmRigs.For("pmem");
        var at = rig.Map();

        using var pins = rig.Process.GetUserPages(at, 1, GupFlags.Longterm).Value;

        Assert.True(pins.Longterm);
        Assert.Equal(1, rig.Kernel.Pages.PinCount(pins.Pfns[0]));
    }
}
