using PmemSpec;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace Candidates.Bad;

/// <summary>A driver the kit cannot construct: its only constructor wants a string.</summary>
public sealed class WantsAName : IDaxDevice
{
    private readonly SimulatedKernel kernel;
    private readonly DevicePagemap map;

    public WantsAName(string name)
    {
        kernel = new SimulatedKernel(Era.V6_1);
        CapacitySectors = name.Length * 8L;
        map = kernel.DeviceMemory.Register(DiskName, name.Length, withStructPages: true);
    }

    public string DiskName => "lin0";

    public long CapacitySectors { get; }

    public bool ReadOnly => false;

    public DaxTraits Traits => DaxTraits.NeverSleeps | DaxTraits.PageBacked;

    public bool DaxSupported => true;

    public Result Read(long sector, Span<byte> buffer) => kernel.Memory.Read(map.VirtAddr + (sector * Units.SectorSize), buffer);

    public Result Write(long sector, ReadOnlySpan<byte> data) => kernel.Memory.Write(map.VirtAddr + (sector * Units.SectorSize), data);

    public Result Discard(long sector, long nrSectors) => Errno.EOPNOTSUPP;

    public Result Flush() => Result.Ok;

    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var start = Math.Max(pgoff, 0);
        var left = pgoff < 0 || pgoff >= map.NrPages ? 0 : map.NrPages - pgoff;
        return new DirectAccessResult(left, map.VirtAddr + (start * Units.PageSize), PfnT.From(map.BasePfn + (ulong)start, PfnFlags.Dev | PfnFlags.Map));
    }
}
