using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;
using PmemSpec.Invariants;
using PmemSpec.Kernel;
using PmemSpec.Model;

namespace PmemSpec.Conformance.Xunit;

/// <summary>
/// The DAX device conformance suite as an xunit test class: subclass it, override
/// <see cref="CreateDeviceCore"/>, set the capability flags your device has, list known
/// deviations, and <c>dotnet test</c> runs one row per invariant of the catalogue. Each row runs
/// the shrinking runner with that invariant alone over FsCheck-generated sequences; a violation
/// fails the row with its minimal counterexample. A declared deviation, or an invariant that cannot
/// apply (another era, a trait or capability the device lacks), is reported as skipped, never passed.
/// </summary>
/// <remarks>Context: rows are independent; each builds fresh simulated kernels. Sequences, seed and
/// length default to a fixed, CI-deterministic run and can be raised through the environment
/// variables <c>PMEMSPEC_SEED</c>, <c>PMEMSPEC_SEQUENCES</c> and <c>PMEMSPEC_MAX_OPS</c>.</remarks>
public abstract partial class DaxDeviceConformanceTests
{
    private DeviceProfile? profile;
    private DeviceFacts? facts;

    /// <summary>The name reports use for the device (default: the test class name).</summary>
    protected virtual string Name => GetType().Name;

    /// <summary>The kernel era whose rules the device is held to (default: v6.1).</summary>
    protected virtual Era Era => Era.V6_1;

    /// <summary>Device size asked of the factory (default: 2048 sectors, 256 pages).</summary>
    protected virtual long CapacitySectors => 2048;

    /// <summary>Start of the partition the kit does DAX through (default 0: the whole disk).</summary>
    protected virtual long PartitionStart => 0;

    /// <summary>The device consults the kernel's badblocks, so the kit may inject media errors.</summary>
    protected virtual bool CanInjectMediaErrors => false;

    /// <summary>The device may be removed (kill_dax); meaningful in era C (v4.12 on) only.</summary>
    protected virtual bool CanBeRemoved => false;

    /// <summary>The device accepts only page-aligned, page-multiple bios (dcssblk).</summary>
    protected virtual bool RequiresPageGranularIo => false;

    /// <summary>Invariant ID → why the implementation deviates. Those rows are reported as skipped.</summary>
    protected virtual IReadOnlyDictionary<string, string> KnownDeviations { get; } = new Dictionary<string, string>();

    /// <summary>How much each row tries; see the class remarks for the environment overrides.</summary>
    protected virtual RunOptions Options => ConformanceEnvironment.Options(new RunOptions(Seed: 1, Sequences: 100, MaxOps: 50));

    /// <summary>The profile the rows check: name, era, size, capabilities, and the checked factory.</summary>
    public DeviceProfile Profile => profile ??= new DeviceProfile(Name, Era, CapacitySectors, $"{Name} (xunit conformance class)",
        kernel => CreateDevice(kernel, new DeviceGeometry(CapacitySectors)))
    {
        Capabilities = (CanInjectMediaErrors ? ProfileCapabilities.Badblocks : 0)
            | (CanBeRemoved ? ProfileCapabilities.Removal : 0)
            | (RequiresPageGranularIo ? ProfileCapabilities.PageGranularIo : 0),
        PartitionStart = PartitionStart,
    };

    private DeviceFacts Facts => facts ??= DeviceFacts.Of(Profile, Profile.Create(Profile.NewKernel()));

    /// <summary>Builds the device under test on <paramref name="kernel"/>, which it must use for all memory, allocation and sleeping.</summary>
    /// <remarks>Context: process; called once per sequence, on a fresh kernel.</remarks>
    protected abstract IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry);

    /// <summary>Calls <see cref="CreateDeviceCore"/> and checks what it returned: a device of the asked size.</summary>
    /// <exception cref="InvalidOperationException">The factory returned null or a device of another size.</exception>
    protected IDaxDevice CreateDevice(SimulatedKernel kernel, DeviceGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var device = CreateDeviceCore(kernel, geometry)
            ?? throw new InvalidOperationException($"{GetType().Name}.CreateDeviceCore returned null");
        if (device.CapacitySectors != geometry.CapacitySectors)
            throw new InvalidOperationException($"{GetType().Name}.CreateDeviceCore returned a device of {device.CapacitySectors} sectors; the geometry asked for {geometry.CapacitySectors}");
        return device;
    }

    /// <summary>Checks one invariant: skipped when declared a deviation or not applicable, failed with the minimal counterexample when broken.</summary>
    /// <exception cref="KnownDeviationException">The invariant is a declared deviation.</exception>
    /// <exception cref="NotApplicableException">The invariant cannot apply to this device.</exception>
    protected void Check(string invariantId)
    {
        ConformanceSkip.IfKnownDeviation(KnownDeviations, invariantId);
        var invariant = InvariantCatalogue.Find(invariantId) ?? throw new ArgumentException($"no invariant {invariantId} in the catalogue", nameof(invariantId));
        if (InvariantApplicability.WhyNot(invariant, Facts) is { } why) throw new NotApplicableException(invariant.Id, why);
        var report = ConformanceRunner.Check(Profile, Options with { Invariants = [invariant.Id] });
        if (report.Counterexample is { } cx) throw new ConformanceViolationException(cx);
    }
}
