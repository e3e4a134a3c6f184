using PmemSpec.Kernel;

namespace PmemSpec.Block;

/// <summary>
/// The block layer between callers and any driver (submit_bio_noacct): bios must be whole sectors
/// and lie inside the partition (else -EIO, "attempt to access beyond end of device"); the
/// partition start is added; the driver runs on the I/O path. Like 6.1's bio_check_ro it does not
/// refuse writes to a read-only disk: that is the driver's job (dcssblk fails them itself).
/// </summary>
public static class BlockLayer
{
    /// <summary>Reads <c>buffer.Length</c> bytes at a partition-relative sector.</summary>
    /// <remarks>Context: process; may sleep; enters the I/O path around the driver.</remarks>
    public static Result Read(SimulatedKernel kernel, Partition bdev, long sector, Span<byte> buffer)
    {
        var check = Check(kernel, bdev, sector, buffer.Length, "read");
        if (!check.IsOk) return check;
        using var io = kernel.Context.EnterIoPath($"submit_bio(READ {bdev} sector={sector})");
        return bdev.Disk.Read(bdev.StartSector + sector, buffer);
    }

    /// <summary>Writes <c>data.Length</c> bytes at a partition-relative sector.</summary>
    /// <remarks>Context: process; may sleep; enters the I/O path around the driver.</remarks>
    public static Result Write(SimulatedKernel kernel, Partition bdev, long sector, ReadOnlySpan<byte> data)
    {
        var check = Check(kernel, bdev, sector, data.Length, "write");
        if (!check.IsOk) return check;
        using var io = kernel.Context.EnterIoPath($"submit_bio(WRITE {bdev} sector={sector})");
        return bdev.Disk.Write(bdev.StartSector + sector, data);
    }

    /// <summary>Discards a partition-relative sector range.</summary>
    /// <remarks>Context: process; may sleep; enters the I/O path around the driver.</remarks>
    public static Result Discard(SimulatedKernel kernel, Partition bdev, long sector, long nrSectors)
    {
        if (nrSectors < 0 || nrSectors > int.MaxValue / Units.SectorSize) return Errno.EINVAL;
        var check = Check(kernel, bdev, sector, nrSectors * Units.SectorSize, "discard");
        if (!check.IsOk) return check;
        using var io = kernel.Context.EnterIoPath($"submit_bio(DISCARD {bdev} sector={sector})");
        return bdev.Disk.Discard(bdev.StartSector + sector, nrSectors);
    }

    /// <summary>Flushes the disk's volatile state.</summary>
    /// <remarks>Context: process; may sleep; enters the I/O path around the driver.</remarks>
    public static Result Flush(SimulatedKernel kernel, Partition bdev)
    {
        kernel.Context.MightSleep($"submit_bio(FLUSH {bdev})");
        using var io = kernel.Context.EnterIoPath($"submit_bio(FLUSH {bdev})");
        return bdev.Disk.Flush();
    }

    private static Result Check(SimulatedKernel kernel, Partition bdev, long sector, long bytes, string op)
    {
        kernel.Context.MightSleep($"submit_bio({op} {bdev})");
        if (bytes % Units.SectorSize != 0) return Errno.EINVAL;
        var end = sector + (bytes >> Units.SectorShift);
        return sector < 0 || end > bdev.NrSectors || end < sector ? Errno.EIO : Result.Ok;
    }
}
