using PmemSpec.Kernel;

namespace PmemSpec.Dax;

/// <summary>
/// How the kit instantiates one device under test: a name, the era it is checked in, its size,
/// and a factory that builds it on a fresh simulated kernel.
/// </summary>
/// <param name="Name">Short name for reports (<c>brd</c>, <c>pmem</c>, <c>dcss-ro</c>).</param>
/// <param name="Era">The kernel release whose rules apply.</param>
/// <param name="CapacitySectors">Device size in 512-byte sectors.</param>
/// <param name="Description">One line for people.</param>
/// <param name="Create">Builds the device on the given kernel.</param>
public sealed record DeviceProfile(string Name, Era Era, long CapacitySectors, string Description,
    Func<SimulatedKernel, IDaxDevice> Create)
{
    /// <summary>What the kit may do to the device beyond I/O and direct_access.</summary>
    public ProfileCapabilities Capabilities { get; init; }

    /// <summary>Start sector of the partition the kit uses (0: the whole disk).</summary>
    public long PartitionStart { get; init; }

    /// <summary>Length of that partition in sectors (default: the rest of the disk).</summary>
    public long PartitionSectors => CapacitySectors - PartitionStart;

    /// <summary>A fresh kernel in this profile's era.</summary>
    public SimulatedKernel NewKernel() => new(Era);
}
