using PmemSpec.Dax;
using PmemSpec.Reference.Dcss;

namespace PmemSpec.Reference;

/// <summary>The reference drivers in the configurations the kit checks them in.</summary>
public static class ReferenceProfiles
{
    /// <summary>Default device size: 1 MiB (256 pages) — big enough for every edge, small enough to populate quickly.</summary>
    public const long DefaultSectors = 2_048;

    /// <summary>Every reference profile.</summary>
    public static IReadOnlyList<DeviceProfile> All { get; } =
    [
        new("brd", Era.V4_9, DefaultSectors, "brd RAM disk with CONFIG_BLK_DEV_RAM_DAX (lazy, may sleep)",
            k => ReferenceDrivers.Brd(k, DefaultSectors)),
        new("brd-part", Era.V4_9, DefaultSectors, "brd, DAX through a partition starting at sector 64",
            k => ReferenceDrivers.Brd(k, DefaultSectors)) { PartitionStart = 64 },
        new("brd-v4.12", Era.V4_12, DefaultSectors, "brd behind a dax_device (era C, one page per call)",
            k => ReferenceDrivers.Brd(k, DefaultSectors)) { Capabilities = ProfileCapabilities.Removal },
        new("pmem", Era.V6_1, DefaultSectors, "pmem namespace with struct pages (fsdax mode)",
            k => ReferenceDrivers.Pmem(k, DefaultSectors, withStructPages: true)) { Capabilities = ProfileCapabilities.Badblocks | ProfileCapabilities.Removal },
        new("pmem-v4.9", Era.V4_9, DefaultSectors, "pmem in era B (bdev_direct_access, -EIO for badblocks)",
            k => ReferenceDrivers.Pmem(k, DefaultSectors, withStructPages: true)) { Capabilities = ProfileCapabilities.Badblocks },
        new("pmem-raw", Era.V4_15, DefaultSectors, "pmem namespace without struct pages (raw mode, DAX until v4.15)",
            k => ReferenceDrivers.Pmem(k, DefaultSectors, withStructPages: false)) { Capabilities = ProfileCapabilities.Badblocks | ProfileCapabilities.Removal },
        new("dcss", Era.V6_1, DefaultSectors, "dcssblk, exclusive-writable segment (page-less, PFN_SPECIAL)",
            k => ReferenceDrivers.Dcss(k, DefaultSectors, DcssSegmentType.EW, shared: false)) { Capabilities = ProfileCapabilities.PageGranularIo | ProfileCapabilities.Removal },
        new("dcss-ro", Era.V6_1, DefaultSectors, "dcssblk, shared read-only segment (SR)",
            k => ReferenceDrivers.Dcss(k, DefaultSectors, DcssSegmentType.SR, shared: true, diskName: "dcssblk1")) { Capabilities = ProfileCapabilities.PageGranularIo | ProfileCapabilities.Removal },
    ];

    /// <summary>The profile with this name, or null.</summary>
    public static DeviceProfile? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
