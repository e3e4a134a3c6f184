using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;
using PmemSpec.Reference.Dcss;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>
/// The unmutated reference drivers the DAXARG/SLEEP/EXC mutants start from: the reference profiles,
/// plus the few configurations a rule needs (a misaligned partition, a device without DAX, dcssblk
/// in era B). Each must keep every DAXARG, SLEEP and EXC invariant on its own.
/// </summary>
internal static class DaxArgBases
{
    public const long Sectors = ReferenceProfiles.DefaultSectors;

    /// <summary>brd in v4.9 (era B, lazy, may sleep).</summary>
    public static DeviceProfile Brd { get; } = ReferenceProfiles.Find("brd")!;

    /// <summary>brd behind a dax_device in v4.12 (era C, removable).</summary>
    public static DeviceProfile BrdV412 { get; } = ReferenceProfiles.Find("brd-v4.12")!;

    /// <summary>pmem with struct pages in v6.1 (badblocks, removable).</summary>
    public static DeviceProfile Pmem { get; } = ReferenceProfiles.Find("pmem")!;

    /// <summary>dcssblk (exclusive-writable) in v6.1: linear, no badblocks.</summary>
    public static DeviceProfile Dcss { get; } = ReferenceProfiles.Find("dcss")!;

    /// <summary>
    /// brd in v4.6 (era B) through a partition starting at sector 3: every in-range request is
    /// -EINVAL (§1.1 step 6). Not v4.9: BLK-010 and the model judge discard alignment
    /// partition-relative while brd sees whole-disk sectors, and v4.9 brd, which refuses unaligned
    /// discards, runs into that kit bug at almost every discard (v4.6 only at discard-then-read).
    /// </summary>
    public static DeviceProfile BrdMisaligned { get; } = Brd with { Name = "brd-v4.6-start3", Era = Era.V4_6, Description = "brd v4.6, partition starting at sector 3", PartitionStart = 3 };

    /// <summary>pmem in v6.1 through a partition starting at sector 3: bdev_dax_pgoff refuses it (§1.3).</summary>
    public static DeviceProfile PmemMisaligned { get; } = Pmem with { Name = "pmem-start3", Description = "pmem, partition starting at sector 3", PartitionStart = 3 };

    /// <summary>Raw pmem (no struct pages) in v6.1: no QUEUE_FLAG_DAX since v4.19 (§3.3), so no dax_device.</summary>
    public static DeviceProfile PmemNoDax { get; } = new("pmem-raw-6.1", Era.V6_1, Sectors, "raw pmem after v4.19: no DAX",
        k => ReferenceDrivers.Pmem(k, Sectors, withStructPages: false)) { Capabilities = ProfileCapabilities.Badblocks };

    /// <summary>dcssblk (exclusive-writable) in v4.9, era B, with the remaining length computed correctly.</summary>
    public static DeviceProfile DcssV49 { get; } = DcssInV49("dcss-v4.9", sizeOffByOne: false);

    /// <summary>Every base, for the test that they conform.</summary>
    public static IReadOnlyList<DeviceProfile> All { get; } = [Brd, BrdV412, Pmem, Dcss, BrdMisaligned, PmemMisaligned, PmemNoDax, DcssV49];

    /// <summary>dcssblk in v4.9; <paramref name="sizeOffByOne"/> models its <c>dev_sz = end - start</c> slip (§1.2, §4.1).</summary>
    public static DeviceProfile DcssInV49(string name, bool sizeOffByOne) =>
        new(name, Era.V4_9, Sectors, "dcssblk EW, era B", k => NewDcss(k, sizeOffByOne)) { Capabilities = ProfileCapabilities.PageGranularIo };

    /// <summary>A mutant of <paramref name="baseProfile"/>: same era, geometry and capabilities, a decorated driver.</summary>
    public static DeviceProfile Mutate(DeviceProfile baseProfile, string name, Func<SimulatedKernel, IDaxDevice, IDaxDevice> decorate) =>
        baseProfile with { Name = name, Description = $"mutant of {baseProfile.Name}", Create = k => decorate(k, baseProfile.Create(k)) };

    private static DcssDevice NewDcss(SimulatedKernel k, bool sizeOffByOne) =>
        new(k, "dcssblk0", Sectors, DcssSegmentType.EW, shared: false, sizeOffByOne);
}
