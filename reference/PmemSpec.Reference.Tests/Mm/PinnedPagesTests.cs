using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Mm;

/// <summary>A pin set releases each pin and its reference once.</summary>
public class PinnedPagesTests
{
    [Fact]
    public void Dispose_ReleasesEachPinOnce_ASecondDisposeDoesNothing()
    {
        var rig = FileRig.Pmem();
        var pins = rig.Process.GetUserPages(rig.Map(), 2, GupFlags.None).Value;
        var mark = rig.Mark;

        pins.Dispose();
        pins.Dispose();

        Assert.True(pins.Released);
        Assert.Equal(2, rig.Kernel.Trace.CountSince(mark, KernelEventKind.Unpin));
        Assert.Empty(rig.ViolationsSince(mark));
    }
}
