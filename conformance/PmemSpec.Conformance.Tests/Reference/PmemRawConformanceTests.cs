using PmemSpec.Conformance.Xunit;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Reference;

/// <summary>pmem in raw mode (no struct pages) in v4.15, the last era it offers DAX.</summary>
public sealed class PmemRawConformanceTests : DaxDeviceConformanceTests
{
    protected override Era Era => Era.V4_15;

    protected override bool CanInjectMediaErrors => true;

    protected override bool CanBeRemoved => true;

    protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
        ReferenceDrivers.Pmem(kernel, geometry.CapacitySectors, withStructPages: false);
}
