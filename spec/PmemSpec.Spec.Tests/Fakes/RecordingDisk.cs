using PmemSpec.Block;
using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Fakes;

/// <summary>
/// A plain block device (no DAX) that records each call: the whole-disk sector, the byte count,
/// and whether it ran on the I/O path. Reads fill the buffer with <see cref="ReadByte"/>.
/// </summary>
public sealed class RecordingDisk(KernelContext context, long capacitySectors = 1024) : IBlockDevice
{
    public const byte ReadByte = 0x5A;

    public string DiskName => "plain0";

    public long CapacitySectors => capacitySectors;

    public bool ReadOnly => false;

    public int Calls { get; private set; }

    public long LastSector { get; private set; } = -1;

    public long LastBytes { get; private set; } = -1;

    public bool SawIoPath { get; private set; }

    public Result Read(long sector, Span<byte> buffer)
    {
        Record(sector, buffer.Length);
        buffer.Fill(ReadByte);
        return Result.Ok;
    }

    public Result Write(long sector, ReadOnlySpan<byte> data) => Record(sector, data.Length);

    public Result Discard(long sector, long nrSectors) => Record(sector, nrSectors * Units.SectorSize);

    public Result Flush() => Record(-1, 0);

    private Result Record(long sector, long bytes)
    {
        Calls++;
        LastSector = sector;
        LastBytes = bytes;
        SawIoPath = context.OnIoPath;
        return Result.Ok;
    }
}
