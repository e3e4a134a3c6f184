using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.Xunit;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.TestAssets;

/// <summary>A conformance class over a brd that returns two pages: its DAXARG-011 row must fail.</summary>
public class TwoPageBrdConformance : DaxDeviceConformanceTests
{
    protected override Era Era => Era.V4_12;

    protected override RunOptions Options => new(Seed: 1, Sequences: 40, MaxOps: 30);

    protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
        new TwoPageBrd(kernel, geometry.CapacitySectors);
}

/// <summary>The same driver with the broken rule declared as a deviation: the row is skipped, not passed.</summary>
public sealed class TwoPageBrdWithDeviationConformance : TwoPageBrdConformance
{
    protected override IReadOnlyDictionary<string, string> KnownDeviations { get; } =
        new Dictionary<string, string> { ["DAXARG-011"] = "prefetches a neighbour page" };
}

/// <summary>A factory that returns half the asked size: every row fails naming the factory.</summary>
public sealed class WrongSizeConformance : DaxDeviceConformanceTests
{
    protected override IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry) =>
        ReferenceDrivers.Pmem(kernel, geometry.CapacitySectors / 2, withStructPages: true);
}
