using PmemSpec;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace Candidates.Faults;

/// <summary>A linear driver that misbehaves in its write path (<see cref="Fault"/>); abstract, so the kit checks only the subclasses.</summary>
public abstract class FaultyDriver : IDaxDevice
{
    private readonly SimulatedKernel kernel;
    private readonly DevicePagemap map;

    protected FaultyDriver(SimulatedKernel kernel, long capacitySectors, string diskName)
    {
        this.kernel = kernel;
        DiskName = diskName;
        CapacitySectors = capacitySectors;
        map = kernel.DeviceMemory.Register(diskName, capacitySectors / Units.SectorsPerPage, withStructPages: true);
    }

    public string DiskName { get; }

    public long CapacitySectors { get; }

    public bool ReadOnly => false;

    public DaxTraits Traits => DaxTraits.NeverSleeps | DaxTraits.PageBacked;

    public bool DaxSupported => true;

    public Result Read(long sector, Span<byte> buffer) => kernel.Memory.Read(map.VirtAddr + (sector * Units.SectorSize), buffer);

    public Result Write(long sector, ReadOnlySpan<byte> data)
    {
        Fault();
        return kernel.Memory.Write(map.VirtAddr + (sector * Units.SectorSize), data);
    }

    public Result Discard(long sector, long nrSectors) => Errno.EOPNOTSUPP;

    public Result Flush() => Result.Ok;

    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var start = Math.Max(pgoff, 0);
        var left = pgoff < 0 || pgoff >= map.NrPages ? 0 : map.NrPages - pgoff;
        return new DirectAccessResult(left, map.VirtAddr + (start * Units.PageSize), PfnT.From(map.BasePfn + (ulong)start, PfnFlags.Dev | PfnFlags.Map));
    }

    /// <summary>What goes wrong on every write.</summary>
    protected abstract void Fault();
}
