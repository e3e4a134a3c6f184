using PmemSpec.Conformance.Xunit;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;
using PmemSpec.Reference.Dcss;

namespace PmemSpec.Conformance.Tests.Reference;

/// <summary>dcssblk, exclusive-writable segment: page-less (PFN_SPECIAL), page-granular bios.</summary>
public sealed class DcssConformanceTests : DaxDeviceConformanceTests
{
    protected override Era Era => Era.V6_1;

    protected override bool CanBeRemoved => true;

    protected override bool RequiresPageGranularIo => true;

    protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
        ReferenceDrivers.Dcss(kernel, geometry.CapacitySectors, DcssSegmentType.EW, shared: false);
}
