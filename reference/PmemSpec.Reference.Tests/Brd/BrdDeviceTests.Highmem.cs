using PmemSpec.Kernel;
using PmemSpec.Reference.Brd;

namespace PmemSpec.Reference.Tests.Brd;

public partial class BrdDeviceTests
{
    [Theory]
    [InlineData(Era.V4_15)]
    [InlineData(Era.V4_19)]
    public void Write_AfterDaxRemovalButBeforeTheReenableFix_NeverAllocatesHighmem(Era era)
    {
        var kernel = new SimulatedKernel(era);
        var brd = new BrdDevice(kernel, "ram0", 64);

        brd.Write(0, new byte[Units.PageSize]);

        var alloc = kernel.Trace.Events.Single(e => e.Kind == KernelEventKind.Alloc);
        Assert.DoesNotContain("highmem", alloc.Detail, StringComparison.Ordinal);
    }
}
