using PmemSpec.Block;

namespace PmemSpec.Reference.Mm;

/// <summary>
/// O_DIRECT read/write whose user buffer may lie in any mapping (blkdev_direct_IO with
/// iov_iter_get_pages): pin the buffer pages, do the device I/O, copy, unpin. A buffer that cannot
/// be pinned (a page-less DAX mapping, a read-only mapping for a read) fails before any I/O, so
/// no byte moves (domain §7.1, §12 item 28).
/// </summary>
internal static class DirectIo
{
    /// <remarks>Context: process; may sleep; the pins are held exactly across the device read.</remarks>
    public static Result<int> Read(Process p, Partition file, long sector, UserAddress buffer, int length)
    {
        var pins = PinBuffer(p, buffer, length, GupFlags.Write);
        if (!pins.IsOk) return pins.Error;
        using var pinned = pins.Value;
        var data = new byte[length];
        var io = BlockLayer.Read(p.Kernel, file, sector, data);
        if (!io.IsOk) return io.Error;
        var copied = KernelCopy.ToPages(p.Kernel, pinned.Pfns, buffer.PageOffset, data);
        return copied.IsOk ? length : copied.Error;
    }

    /// <remarks>Context: process; may sleep; the pins are held exactly across the device write.</remarks>
    public static Result<int> Write(Process p, Partition file, long sector, UserAddress buffer, int length)
    {
        var pins = PinBuffer(p, buffer, length, GupFlags.None);
        if (!pins.IsOk) return pins.Error;
        using var pinned = pins.Value;
        var data = new byte[length];
        var copied = KernelCopy.FromPages(p.Kernel, pinned.Pfns, buffer.PageOffset, data);
        if (!copied.IsOk) return copied.Error;
        var io = BlockLayer.Write(p.Kernel, file, sector, data);
        return io.IsOk ? length : io.Error;
    }

    /// <summary>O_DIRECT needs the buffer and length aligned to the logical block size (512), else -EINVAL.</summary>
    private static Result<PinnedPages> PinBuffer(Process p, UserAddress buffer, int length, GupFlags flags)
    {
        if (length <= 0 || length % Units.SectorSize != 0 || buffer.Value % Units.SectorSize != 0) return Errno.EINVAL;
        var first = UserAddress.OfPage(buffer.Vpn);
        var pages = (long)(((buffer + (length - 1)).Vpn - buffer.Vpn) + 1);
        return Gup.Pin(p, first, pages, flags);
    }
}
