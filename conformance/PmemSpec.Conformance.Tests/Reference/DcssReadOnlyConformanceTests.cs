using PmemSpec.Conformance.Xunit;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;
using PmemSpec.Reference.Dcss;

namespace PmemSpec.Conformance.Tests.Reference;

/// <summary>dcssblk, shared read-only segment: refuses writes.</summary>
public sealed class DcssReadOnlyConformanceTests : DaxDeviceConformanceTests
{
    protected override Era Era => Era.V6_1;

    protected override bool CanBeRemoved => true;

    protected override bool RequiresPageGranularIo => true;

    protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
        ReferenceDrivers.Dcss(kernel, geometry.CapacitySectors, DcssSegmentType.SR, shared: true, diskName: "dcssblk1");
}
