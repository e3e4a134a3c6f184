using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Reference.Tests.Support;

/// <summary>A machine with an mm, one process, one DAX disk opened for raw mmap, and a second disk to do O_DIRECT against.</summary>
/// <param name="Kernel">The machine.</param>
/// <param name="Mm">Its memory manager.</param>
/// <param name="Process">A process named <c>proc</c>.</param>
/// <param name="Disk">The DAX driver.</param>
/// <param name="Raw">The disk (or partition) opened for raw-bdev DAX mmap.</param>
internal sealed record MmRig(SimulatedKernel Kernel, IMm Mm, IProcess Process, IDaxDevice Disk, IRawBlockDaxDevice Raw)
{
    /// <summary>A brd disk <c>ram1</c> of 16 pages, the "other file" of O_DIRECT tests.</summary>
    public Partition Other { get; } = Partition.Whole(ReferenceDrivers.Brd(Kernel, 16 * Units.SectorsPerPage, "ram1"));

    public long Mark => Kernel.Trace.Mark;

    public IReadOnlyList<string> ViolationsSince(long mark) => [.. Kernel.Violations.Since(mark).Select(v => v.Rule)];

    /// <summary>Maps <paramref name="pages"/> pages of the raw device from <paramref name="pgoff"/>.</summary>
    public UserAddress Map(long pages = 4, bool shared = true, Protection prot = Protection.ReadWrite, long pgoff = 0, IProcess? process = null) =>
        (process ?? Process).Mmap(Raw, pgoff, pages, prot, shared).Value;

    /// <summary>Loads <paramref name="length"/> bytes, asserting the load completes.</summary>
    public byte[] LoadOk(UserAddress at, int length = 8, IProcess? process = null)
    {
        var bytes = new byte[length];
        var result = (process ?? Process).Load(at, bytes);
        Assert.True(result.IsOk, result.ToString());
        return bytes;
    }

    /// <summary>Stores, asserting the store completes.</summary>
    public void StoreOk(UserAddress at, byte[] data, IProcess? process = null)
    {
        var result = (process ?? Process).Store(at, data);
        Assert.True(result.IsOk, result.ToString());
    }

    /// <summary>The device's bytes through the block layer (what pread of /dev/X returns), read as whole pages (dcssblk needs them).</summary>
    public byte[] DeviceBytes(long sector, int length)
    {
        var (first, pages) = PageSpan(sector, length);
        var buffer = new byte[pages * Units.PageSize];
        Assert.True(BlockLayer.Read(Kernel, Partition.Whole(Disk), first, buffer).IsOk);
        var skip = (int)(sector - first) * Units.SectorSize;
        return buffer[skip..(skip + length)];
    }

    /// <summary>Writes the device through the block layer (pwrite of /dev/X), as a read-modify-write of whole pages.</summary>
    public void DeviceWrite(long sector, byte[] data)
    {
        var (first, pages) = PageSpan(sector, data.Length);
        var buffer = DeviceBytes(first, pages * Units.PageSize);
        data.CopyTo(buffer, (int)(sector - first) * Units.SectorSize);
        Assert.True(BlockLayer.Write(Kernel, Partition.Whole(Disk), first, buffer).IsOk);
    }

    private static (long First, int Pages) PageSpan(long sector, int length)
    {
        var first = sector / Units.SectorsPerPage * Units.SectorsPerPage;
        var bytes = ((sector - first) * Units.SectorSize) + length;
        return (first, (int)Units.BytesToPagesRoundUp(bytes));
    }
}
