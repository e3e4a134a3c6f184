using PmemSpec.Kernel;
using PmemSpec.Reference.Brd;
using PmemSpec.Reference.Dcss;
using PmemSpec.Reference.Pmem;

namespace PmemSpec.Reference.Tests.Support;

/// <summary>Builds one driver on a fresh machine of a given era; sizes are in pages.</summary>
internal static class Rigs
{
    public static Rig<BrdDevice> Brd(Era era, long pages = 8)
    {
        var kernel = new SimulatedKernel(era);
        return new(kernel, new BrdDevice(kernel, "ram0", pages * Units.SectorsPerPage));
    }

    public static Rig<PmemDevice> Pmem(Era era, bool withStructPages, long pages = 16)
    {
        var kernel = new SimulatedKernel(era);
        return new(kernel, new PmemDevice(kernel, "pmem0", pages * Units.SectorsPerPage, withStructPages));
    }

    public static Rig<DcssDevice> Dcss(Era era, DcssSegmentType type = DcssSegmentType.SW, bool shared = true,
        long pages = 16, bool sizeOffByOne = false)
    {
        var kernel = new SimulatedKernel(era);
        return new(kernel, new DcssDevice(kernel, "dcssblk0", pages * Units.SectorsPerPage, type, shared, sizeOffByOne));
    }
}
