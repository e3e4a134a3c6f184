using PmemSpec.Conformance.Xunit;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Reference;

/// <summary>brd through a partition starting at sector 64: the wrapper adds the start before its checks.</summary>
public sealed class BrdPartitionConformanceTests : DaxDeviceConformanceTests
{
    protected override Era Era => Era.V4_9;

    protected override long PartitionStart => 64;

    protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
        ReferenceDrivers.Brd(kernel, geometry.CapacitySectors);
}
