using Xunit;
using PmemSpec.Conformance.User;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Xunit;

/// <summary>
/// The raw block-device DAX suite for a DAX device driver: subclass it, override
/// <see cref="CreateDeviceCore"/>, say whether its pfns carry struct pages, and <c>dotnet test</c>
/// runs the driver under the reference raw-bdev layer and mm (v4.6), one row per user invariant.
/// </summary>
/// <remarks>Context: the factory is called once per sequence, on a fresh kernel in v4.6.</remarks>
public abstract class RawBlockDaxDriverConformanceTests : RawBlockDaxConformanceTests
{
    private UserProfile? profile;

    /// <summary>Disk size asked of the factory (default: 128 sectors, 16 pages).</summary>
    protected virtual long CapacitySectors => UserProfiles.DefaultSectors;

    /// <summary>The driver's pfns are PFN_DEV|PFN_MAP (ZONE_DEVICE pages): raw-DAX entries are devmap and get_user_pages works.</summary>
    protected virtual bool HasDevmapPages => false;

    /// <summary>The profile the rows check: the checked factory under the reference raw-bdev layer.</summary>
    public UserProfile Profile => profile ??= new UserProfile(Name, CapacitySectors, $"{Name} (raw-bdev DAX xunit conformance class)",
        kernel => CreateDevice(kernel, new DeviceGeometry(CapacitySectors)), HasDevmapPages);

    /// <summary>Builds the driver under test on <paramref name="kernel"/>, which it must use for all memory, allocation and sleeping.</summary>
    /// <remarks>Context: process; called once per sequence, on a fresh kernel.</remarks>
    protected abstract IDaxDevice CreateDeviceCore(SimulatedKernel kernel, DeviceGeometry geometry);

    /// <summary>Calls <see cref="CreateDeviceCore"/> and checks it returned a device of the asked size.</summary>
    /// <exception cref="InvalidOperationException">The factory returned null or a device of another size.</exception>
    protected IDaxDevice CreateDevice(SimulatedKernel kernel, DeviceGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var device = CreateDeviceCore(kernel, geometry) ?? throw new InvalidOperationException($"{GetType().Name}.CreateDeviceCore returned null");
        return device.CapacitySectors == geometry.CapacitySectors ? device
            : throw new InvalidOperationException($"{GetType().Name}.CreateDeviceCore returned {device.CapacitySectors} sectors; the geometry asked for {geometry.CapacitySectors}");
    }

    /// <summary>One row per user invariant; every row is skipped when v4.6's blkdev_dax_capable refuses the driver (no direct_access, a size not in whole pages, badblocks).</summary>
    [ConformanceTheory]
    [MemberData(nameof(UserInvariants))]
    public void RawBlockDax(string invariantId)
    {
        if (RawBdevApplicability.WhyNot(Profile.Driver) is { } why) throw new NotApplicableException(invariantId, why);
        Check(Profile, invariantId);
    }
}
