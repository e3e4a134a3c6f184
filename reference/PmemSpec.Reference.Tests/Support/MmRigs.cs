using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Dcss;

namespace PmemSpec.Reference.Tests.Support;

/// <summary>
/// Raw-bdev DAX rigs. They run in v4.6: raw block-device mmap exists only in the 4.5–4.6 trees
/// (reverted before v4.9, domain §8), and v4.6 is the kit's era for it.
/// </summary>
internal static class MmRigs
{
    public const Era RawEra = Era.V4_6;

    /// <summary>The driver kinds the raw layer is tested over.</summary>
    public static TheoryData<string> AllDisks => ["brd", "pmem", "pmem-raw", "dcss"];

    /// <summary>The disks whose raw-DAX entries are devmap (struct pages, PFN_DEV|PFN_MAP).</summary>
    public static TheoryData<string> PagedDisks => ["pmem"];

    /// <summary>The disks whose raw-DAX entries are special: page-less memory, or brd whose pfn_t is not devmap.</summary>
    public static TheoryData<string> SpecialDisks => ["brd", "pmem-raw", "dcss"];

    public static MmRig For(string disk, long pages = 16, Func<IDaxDevice, IDaxDevice>? wrap = null)
    {
        var kernel = new SimulatedKernel(RawEra);
        var driver = disk switch
        {
            "brd" => ReferenceDrivers.Brd(kernel, pages * Units.SectorsPerPage),
            "pmem" => ReferenceDrivers.Pmem(kernel, pages * Units.SectorsPerPage, withStructPages: true),
            "pmem-raw" => ReferenceDrivers.Pmem(kernel, pages * Units.SectorsPerPage, withStructPages: false),
            "dcss" => ReferenceDrivers.Dcss(kernel, pages * Units.SectorsPerPage, DcssSegmentType.SW),
            _ => throw new ArgumentOutOfRangeException(nameof(disk), disk, "unknown disk"),
        };
        return On(kernel, wrap?.Invoke(driver) ?? driver, null);
    }

    /// <summary>A rig over a given partition of a fresh pmem disk with struct pages.</summary>
    public static MmRig PmemPartition(long startSector, long nrSectors, long pages = 16)
    {
        var kernel = new SimulatedKernel(RawEra);
        var driver = ReferenceDrivers.Pmem(kernel, pages * Units.SectorsPerPage, withStructPages: true);
        return On(kernel, driver, new Partition(driver, startSector, nrSectors));
    }

    private static MmRig On(SimulatedKernel kernel, IDaxDevice driver, Partition? bdev)
    {
        var mm = ReferenceMm.Create(kernel);
        var raw = ReferenceRawBlockDax.Open(mm, bdev ?? Partition.Whole(driver));
        Assert.True(raw.IsOk, raw.ToString());
        return new MmRig(kernel, mm, mm.Spawn("proc"), driver, raw.Value);
    }
}
