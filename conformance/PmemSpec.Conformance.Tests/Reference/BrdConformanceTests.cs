using PmemSpec.Conformance.Xunit;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Reference;

/// <summary>brd with CONFIG_BLK_DEV_RAM_DAX in era B: lazy, may sleep, one page per direct_access.</summary>
public sealed class BrdConformanceTests : DaxDeviceConformanceTests
{
    protected override Era Era => Era.V4_9;

    protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
        ReferenceDrivers.Brd(kernel, geometry.CapacitySectors);
}
