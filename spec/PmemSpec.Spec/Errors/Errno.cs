namespace PmemSpec;

/// <summary>Kernel error numbers (x86-64 Linux values) that DAX and block paths return.</summary>
/// <remarks>
/// A value outside the named ones is legal: the era A/B and early era C wrappers echo a
/// negative size back unchanged, which the kit carries as the errno whose number is that size.
/// </remarks>
public enum Errno
{
    /// <summary>No error; only a successful <see cref="Result"/> carries it.</summary>
    None = 0,
    /// <summary>Operation not permitted.</summary>
    EPERM = 1,
    /// <summary>Interrupted system call (fatal signal in a DAX I/O loop).</summary>
    EINTR = 4,
    /// <summary>I/O error (bio failure, media error on the block path).</summary>
    EIO = 5,
    /// <summary>No such device or address (dead dax_device, non-page-multiple result).</summary>
    ENXIO = 6,
    /// <summary>Try again (REQ_NOWAIT bio that would block).</summary>
    EAGAIN = 11,
    /// <summary>Out of memory.</summary>
    ENOMEM = 12,
    /// <summary>Permission denied (a writable shared mapping of a file or device opened read-only).</summary>
    EACCES = 13,
    /// <summary>Bad address (get_user_pages of a page-less entry).</summary>
    EFAULT = 14,
    /// <summary>Device or resource busy.</summary>
    EBUSY = 16,
    /// <summary>No such device (driver without private data).</summary>
    ENODEV = 19,
    /// <summary>Invalid argument (misaligned sector, negative size in 6.x).</summary>
    EINVAL = 22,
    /// <summary>Inappropriate ioctl for device.</summary>
    ENOTTY = 25,
    /// <summary>No space left on device (brd page allocation failure, 4.x).</summary>
    ENOSPC = 28,
    /// <summary>Read-only file system.</summary>
    EROFS = 30,
    /// <summary>Result out of range (past the end, or a driver that returned 0).</summary>
    ERANGE = 34,
    /// <summary>Operation not supported (no DAX, long-term pin of fs-DAX).</summary>
    EOPNOTSUPP = 95,
    /// <summary>Memory page has hardware error (pmem badblocks, 6.x DAX_ACCESS).</summary>
    EHWPOISON = 133,
}
