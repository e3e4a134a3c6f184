using PmemSpec.Conformance.Xunit;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Reference;

/// <summary>pmem in fsdax mode (struct pages) in v6.1: linear, never sleeps, badblocks, removable.</summary>
public sealed class PmemConformanceTests : DaxDeviceConformanceTests
{
    protected override Era Era => Era.V6_1;

    protected override bool CanInjectMediaErrors => true;

    protected override bool CanBeRemoved => true;

    protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
        ReferenceDrivers.Pmem(kernel, geometry.CapacitySectors, withStructPages: true);
}
