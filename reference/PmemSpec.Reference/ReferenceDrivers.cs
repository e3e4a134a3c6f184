using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Brd;
using PmemSpec.Reference.Dcss;
using PmemSpec.Reference.Pmem;

namespace PmemSpec.Reference;

/// <summary>Factories for the reference drivers; the drivers themselves are internal.</summary>
public static class ReferenceDrivers
{
    /// <summary>A brd RAM disk (lazy, may sleep; DAX only before v4.15).</summary>
    /// <remarks>Context: process; allocates nothing until first write or direct_access.</remarks>
    public static IDaxDevice Brd(SimulatedKernel kernel, long capacitySectors, string diskName = "ram0") =>
        new BrdDevice(kernel, diskName, capacitySectors);

    /// <summary>A pmem namespace, with struct pages (fsdax mode) or without (raw mode).</summary>
    /// <remarks>Context: process; may sleep (registers device memory).</remarks>
    public static IDaxDevice Pmem(SimulatedKernel kernel, long capacitySectors, bool withStructPages, string diskName = "pmem0") =>
        new PmemDevice(kernel, diskName, capacitySectors, withStructPages);

    /// <summary>A dcssblk segment: page-less, read-only for SR/ER/SC in shared mode.</summary>
    /// <remarks>Context: process; may sleep (registers device memory).</remarks>
    public static IDaxDevice Dcss(SimulatedKernel kernel, long capacitySectors, DcssSegmentType type,
        bool shared = true, string diskName = "dcssblk0") =>
        new DcssDevice(kernel, diskName, capacitySectors, type, shared);
}
