using PmemSpec.Conformance.Xunit;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Reference;

/// <summary>pmem in era B: bdev_direct_access, -EIO for bad blocks.</summary>
public sealed class PmemEraBConformanceTests : DaxDeviceConformanceTests
{
    protected override Era Era => Era.V4_9;

    protected override bool CanInjectMediaErrors => true;

    protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
        ReferenceDrivers.Pmem(kernel, geometry.CapacitySectors, withStructPages: true);
}
