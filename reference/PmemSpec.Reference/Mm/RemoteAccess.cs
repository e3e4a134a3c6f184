namespace PmemSpec.Reference.Mm;

/// <summary>
/// access_remote_vm (ptrace PEEK/POKE, /proc/PID/mem): pin one target page at a time with
/// get_user_pages_remote, copy through a kernel mapping, unpin. A page that cannot be pinned ends
/// the copy; raw-bdev DAX VMAs have no <c>-&gt;access</c> fallback. Zero bytes copied is -EIO, the
/// ptrace convention (the domain leaves the errno open, §7.1).
/// </summary>
internal static class RemoteAccess
{
    /// <remarks>Context: process (the tracer); may sleep; pins each target page for its copy only.</remarks>
    public static Result<int> Access(Process target, UserAddress at, Span<byte> buffer, bool write)
    {
        var done = 0;
        while (done < buffer.Length)
        {
            var here = at + done;
            var n = Math.Min(buffer.Length - done, Units.PageSize - here.PageOffset);
            var pin = Gup.Pin(target, UserAddress.OfPage(here.Vpn), 1, write ? GupFlags.Write : GupFlags.None);
            if (!pin.IsOk) break;
            using var pinned = pin.Value;
            var copied = write
                ? KernelCopy.ToPages(target.Kernel, pinned.Pfns, here.PageOffset, buffer.Slice(done, n))
                : KernelCopy.FromPages(target.Kernel, pinned.Pfns, here.PageOffset, buffer.Slice(done, n));
            if (!copied.IsOk) break;
            done += n;
        }
        return done > 0 ? done : Errno.EIO;
    }
}
