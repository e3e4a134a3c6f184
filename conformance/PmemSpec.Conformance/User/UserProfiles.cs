using PmemSpec.Reference;
using PmemSpec.Reference.Dcss;

namespace PmemSpec.Conformance.User;

/// <summary>
/// The reference drivers behind the reference raw block-device DAX layer, in v4.6 (the one tree
/// with raw-bdev DAX mmap, domain §8), where brd (before v4.15), pmem with and without struct pages
/// (page-less DAX until v4.15) and dcssblk all offer direct_access.
/// </summary>
public static class UserProfiles
{
    /// <summary>Disk size: 16 pages, so sequences revisit pages, forks and pins collide, and every page gets learnt cheaply.</summary>
    public const long DefaultSectors = 16 * Units.SectorsPerPage;

    /// <summary>brd: RAM pages allocated on first touch; its raw-DAX entries are special (no devmap pfn_t).</summary>
    public static UserProfile Brd { get; } = new("user-brd", DefaultSectors, "brd behind raw block-device DAX (lazy, may sleep; special entries)",
        k => ReferenceDrivers.Brd(k, DefaultSectors), DevmapEntries: false);

    /// <summary>pmem with struct pages: devmap entries, pins and O_DIRECT work.</summary>
    public static UserProfile Pmem { get; } = new("user-pmem", DefaultSectors, "pmem with struct pages behind raw block-device DAX (devmap entries)",
        k => ReferenceDrivers.Pmem(k, DefaultSectors, withStructPages: true), DevmapEntries: true);

    /// <summary>pmem without struct pages: page-less, so get_user_pages and its users fail.</summary>
    public static UserProfile PmemRaw { get; } = new("user-pmem-raw", DefaultSectors, "pmem without struct pages behind raw block-device DAX (page-less)",
        k => ReferenceDrivers.Pmem(k, DefaultSectors, withStructPages: false), DevmapEntries: false);

    /// <summary>dcssblk, an exclusive-writable segment: page-less.</summary>
    public static UserProfile Dcss { get; } = new("user-dcss", DefaultSectors, "dcssblk (SW segment) behind raw block-device DAX (page-less)",
        k => ReferenceDrivers.Dcss(k, DefaultSectors, DcssSegmentType.SW), DevmapEntries: false);

    /// <summary>Every user-level reference profile.</summary>
    public static IReadOnlyList<UserProfile> All { get; } = [Brd, Pmem, PmemRaw, Dcss];

    /// <summary>The profile with this name, or null.</summary>
    public static UserProfile? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
