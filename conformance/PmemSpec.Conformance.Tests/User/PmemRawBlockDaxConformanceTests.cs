using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.Xunit;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.User;

/// <summary>The reference pmem driver with struct pages, as a driver author would check theirs under raw-bdev DAX.</summary>
public sealed class PmemRawBlockDaxConformanceTests : RawBlockDaxDriverConformanceTests
{
    protected override bool HasDevmapPages => true;

    protected override RunOptions Options => new(Seed: 1, Sequences: 40, MaxOps: 40);

    protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
        ReferenceDrivers.Pmem(kernel, geometry.CapacitySectors, withStructPages: true);
}
