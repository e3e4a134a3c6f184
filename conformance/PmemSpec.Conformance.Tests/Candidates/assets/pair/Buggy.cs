using PmemSpec;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace Candidates.Pair;

/// <summary>A buggy linear driver: writes to the upper half of the disk are acknowledged and dropped.</summary>
public sealed class DropsUpperHalf : IDaxDevice
{
    private readonly SimulatedKernel kernel;
    private readonly DevicePagemap map;

    public DropsUpperHalf(SimulatedKernel kernel, long capacitySectors)
    {
        this.kernel = kernel;
        CapacitySectors = capacitySectors;
        map = kernel.DeviceMemory.Register(DiskName, capacitySectors / Units.SectorsPerPage, withStructPages: true);
    }

    public string DiskName => "lin1";

    public long CapacitySectors { get; }

    public bool ReadOnly => false;

    public DaxTraits Traits => DaxTraits.NeverSleeps | DaxTraits.PageBacked;

    public bool DaxSupported => true;

    public Result Read(long sector, Span<byte> buffer) => kernel.Memory.Read(map.VirtAddr + (sector * Units.SectorSize), buffer);

    public Result Write(long sector, ReadOnlySpan<byte> data) => sector >= CapacitySectors / 2 ? Result.Ok : kernel.Memory.Write(map.VirtAddr + (sector * Units.SectorSize), data);

    public Result Discard(long sector, long nrSectors) => Errno.EOPNOTSUPP;

    public Result Flush() => Result.Ok;

    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var start = Math.Max(pgoff, 0);
        var left = pgoff < 0 || pgoff >= map.NrPages ? 0 : map.NrPages - pgoff;
        return new DirectAccessResult(left, map.VirtAddr + (start * Units.PageSize), PfnT.From(map.BasePfn + (ulong)start, PfnFlags.Dev | PfnFlags.Map));
    }
}
