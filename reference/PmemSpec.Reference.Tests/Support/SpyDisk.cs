using PmemSpec.Block;

namespace PmemSpec.Reference.Tests.Support;

/// <summary>A block device that runs a probe in the middle of each read and write (while the bio is in flight).</summary>
internal sealed class SpyDisk(IBlockDevice inner, Action duringIo) : IBlockDevice
{
    public string DiskName => inner.DiskName;

    public long CapacitySectors => inner.CapacitySectors;

    public bool ReadOnly => inner.ReadOnly;

    public Result Read(long sector, Span<byte> buffer)
    {
        duringIo();
        return inner.Read(sector, buffer);
    }

    public Result Write(long sector, ReadOnlySpan<byte> data)
    {
        duringIo();
        return inner.Write(sector, data);
    }

    public Result Discard(long sector, long nrSectors) => inner.Discard(sector, nrSectors);

    public Result Flush() => inner.Flush();
}
