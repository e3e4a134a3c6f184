using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Fakes;

/// <summary>
/// An era A/B driver that implements the byte-granular <see cref="ISectorDirectAccess"/> op, so it
/// can return a length that is not a page multiple (the v4.6–v4.9 dcssblk off-by-one shape).
/// Records the sector and size it was given.
/// </summary>
public sealed class ByteDaxDevice(KernelContext context, long capacitySectors = 1024) : IDaxDevice, ISectorDirectAccess
{
    public static readonly KernelAddress Kaddr = new(0xffff_c900_0010_0000);

    public static readonly PfnT Pfn = PfnT.From(0x4_0000_0100, PfnFlags.Dev | PfnFlags.Special);

    public string DiskName => "bytes0";

    public long CapacitySectors => capacitySectors;

    public bool ReadOnly => false;

    public DaxTraits Traits => DaxTraits.NeverSleeps;

    public bool DaxSupported => true;

    /// <summary>What the next call returns (by default: one page short by one byte).</summary>
    public Result<SectorDirectAccessResult> Next { get; set; } = Bytes(Units.PageSize - 1);

    public int Calls { get; private set; }

    public long LastSector { get; private set; } = -1;

    public long LastSize { get; private set; } = -1;

    public bool SawIoPath { get; private set; }

    public static Result<SectorDirectAccessResult> Bytes(long bytes) => new SectorDirectAccessResult(bytes, Kaddr, Pfn);

    public Result<SectorDirectAccessResult> DirectAccess(long sector, long size)
    {
        Calls++;
        LastSector = sector;
        LastSize = size;
        SawIoPath = context.OnIoPath;
        return Next;
    }

    /// <summary>The page op must not be used when the sector op exists.</summary>
    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode) =>
        throw new InvalidOperationException("the wrapper must prefer the sector op");

    public Result Read(long sector, Span<byte> buffer)
    {
        buffer.Clear();
        return Result.Ok;
    }

    public Result Write(long sector, ReadOnlySpan<byte> data) => Result.Ok;

    public Result Discard(long sector, long nrSectors) => Errno.EOPNOTSUPP;

    public Result Flush() => Result.Ok;
}
