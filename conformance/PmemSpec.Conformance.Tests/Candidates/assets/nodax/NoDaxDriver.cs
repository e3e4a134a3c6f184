using PmemSpec;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace Candidates.NoDax;

/// <summary>A RAM disk without DAX (DaxSupported is false): block I/O only, which v4.6's blkdev_dax_capable refuses for raw mmap.</summary>
[DaxCandidate(Era = Era.V4_6)]
public sealed class NoDaxDriver(SimulatedKernel kernel, long capacitySectors) : IDaxDevice
{
    private readonly byte[] data = new byte[capacitySectors * Units.SectorSize];

    public string DiskName => "nodax0";

    public long CapacitySectors => capacitySectors;

    public bool ReadOnly => false;

    public DaxTraits Traits => DaxTraits.None;

    public bool DaxSupported => false;

    public Result Read(long sector, Span<byte> buffer)
    {
        kernel.Context.MightSleep("nodax_read");
        data.AsSpan((int)(sector * Units.SectorSize), buffer.Length).CopyTo(buffer);
        return Result.Ok;
    }

    public Result Write(long sector, ReadOnlySpan<byte> bytes)
    {
        kernel.Context.MightSleep("nodax_write");
        bytes.CopyTo(data.AsSpan((int)(sector * Units.SectorSize)));
        return Result.Ok;
    }

    public Result Discard(long sector, long nrSectors) => Errno.EOPNOTSUPP;

    public Result Flush() => Result.Ok;

    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode) => Errno.EOPNOTSUPP;
}
