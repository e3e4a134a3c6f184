using PmemSpec.Conformance.Xunit;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Reference;

/// <summary>brd behind a dax_device (era C): removable.</summary>
public sealed class BrdDaxDeviceConformanceTests : DaxDeviceConformanceTests
{
    protected override Era Era => Era.V4_12;

    protected override bool CanBeRemoved => true;

    protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
        ReferenceDrivers.Brd(kernel, geometry.CapacitySectors);
}
