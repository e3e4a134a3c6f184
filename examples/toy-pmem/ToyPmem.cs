using PmemSpec;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace Examples.ToyPmem;

/// <summary>
/// A toy persistent-memory driver: a linear map of device memory with struct pages, in the style
/// of drivers/nvdimm/pmem.c. It has one bug, for the walkthrough in README.md.
/// </summary>
[DaxCandidate(Era = Era.V6_1)]
public sealed class ToyPmem : IDaxDevice
{
    private readonly SimulatedKernel kernel;
    private readonly DevicePagemap map;

    /// <summary>Probes the device: registers its memory with struct pages (devm_memremap_pages).</summary>
    /// <remarks>Context: process; may sleep.</remarks>
    public ToyPmem(SimulatedKernel kernel, long capacitySectors)
    {
        this.kernel = kernel;
        CapacitySectors = capacitySectors;
        map = kernel.DeviceMemory.Register(DiskName, capacitySectors / Units.SectorsPerPage, withStructPages: true);
    }

    public string DiskName => "toypmem0";

    public long CapacitySectors { get; }

    public bool ReadOnly => false;

    public DaxTraits Traits => DaxTraits.NeverSleeps | DaxTraits.PageBacked;

    public bool DaxSupported => true;

    /// <remarks>Context: any; never sleeps.</remarks>
    public Result Read(long sector, Span<byte> buffer) => kernel.Memory.Read(map.VirtAddr + (sector * Units.SectorSize), buffer);

    /// <remarks>Context: any; never sleeps.</remarks>
    public Result Write(long sector, ReadOnlySpan<byte> data) => kernel.Memory.Write(map.VirtAddr + (sector * Units.SectorSize), data);

    /// <remarks>Context: any; never sleeps.</remarks>
    public Result Discard(long sector, long nrSectors) => Errno.EOPNOTSUPP;

    /// <remarks>Context: any; never sleeps.</remarks>
    public Result Flush() => Result.Ok;

    /// <summary>The pages from <paramref name="pgoff"/> to the end of the device, their address and pfn; none past the end (the wrapper makes that -ERANGE).</summary>
    /// <remarks>Context: any; never sleeps; allocates nothing.</remarks>
    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        if (pgoff < 0 || pgoff >= map.NrPages) return new DirectAccessResult(0, map.VirtAddr, PfnT.From(map.BasePfn, PfnFlags.Dev | PfnFlags.Map));
        var pagesLeft = map.NrPages - pgoff + 1; // BUG: one page too many; the end of the device is map.NrPages - pgoff
        return new DirectAccessResult(pagesLeft, map.VirtAddr + (pgoff * Units.PageSize),
            PfnT.From(map.BasePfn + (ulong)pgoff, PfnFlags.Dev | PfnFlags.Map));
    }
}
