using PmemSpec.Dax;

namespace PmemSpec.Model;

/// <summary>What the model knows about the device under test: its geometry, era, declared traits and capabilities.</summary>
/// <param name="DiskName">The disk's name (owner of its device memory and badblocks).</param>
/// <param name="Era">The era whose rules apply.</param>
/// <param name="CapacitySectors">Disk size in sectors.</param>
/// <param name="PartitionStart">Partition start (whole-disk sector).</param>
/// <param name="PartitionSectors">Partition length in sectors.</param>
/// <param name="Traits">What the driver declares.</param>
/// <param name="DaxSupported">QUEUE_FLAG_DAX / a registered dax_device.</param>
/// <param name="ReadOnly">The disk refuses writes.</param>
/// <param name="Capabilities">What the profile lets the kit do.</param>
public sealed record DeviceFacts(string DiskName, Era Era, long CapacitySectors, long PartitionStart, long PartitionSectors,
    DaxTraits Traits, bool DaxSupported, bool ReadOnly, ProfileCapabilities Capabilities)
{
    /// <summary>The facts of a freshly created device of a profile.</summary>
    public static DeviceFacts Of(DeviceProfile profile, IDaxDevice device) =>
        new(device.DiskName, profile.Era, device.CapacitySectors, profile.PartitionStart, profile.PartitionSectors,
            device.Traits, device.DaxSupported, device.ReadOnly, profile.Capabilities);

    /// <summary>Allocates backing pages on first touch (brd).</summary>
    public bool IsLazy => Traits.HasFlag(DaxTraits.AllocatesLazily);

    /// <summary>A linear device: pgoff maps to pfn by an offset (pmem, dcssblk).</summary>
    public bool IsLinear => !IsLazy;

    /// <summary>Pages in the partition.</summary>
    public long PartitionPages => PartitionSectors / Units.SectorsPerPage;

    /// <summary>The whole-disk page index of a partition-relative sector.</summary>
    public long DiskPage(long sector) => (PartitionStart + sector) / Units.SectorsPerPage;
}
