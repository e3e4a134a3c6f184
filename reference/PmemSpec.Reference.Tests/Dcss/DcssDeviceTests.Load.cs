using PmemSpec.Kernel;
using PmemSpec.Reference.Dcss;

namespace PmemSpec.Reference.Tests.Dcss;

public partial class DcssDeviceTests
{
    [Fact]
    public void Constructor_RefusesAnScSegmentLoadedExclusive()
    {
        var kernel = new SimulatedKernel(Era.V6_1);

        var e = Assert.Throws<ArgumentException>(() => new DcssDevice(kernel, "dcssblk0", 64, DcssSegmentType.SC, shared: false));

        Assert.Contains("exclusive-writable", e.Message, StringComparison.Ordinal);
    }
}
