namespace PmemSpec.Kernel;

/// <summary>GFP flags of the page allocator (include/linux/gfp.h), reduced to what DAX rules need.</summary>
[Flags]
public enum Gfp
{
    /// <summary>GFP_NOWAIT: no reclaim, never sleeps, may fail.</summary>
    NoWait = 0,
    /// <summary>__GFP_DIRECT_RECLAIM: may sleep to reclaim memory.</summary>
    DirectReclaim = 1,
    /// <summary>__GFP_IO: reclaim may start I/O.</summary>
    Io = 2,
    /// <summary>__GFP_FS: reclaim may call into filesystems.</summary>
    Fs = 4,
    /// <summary>__GFP_ZERO: the page is zero-filled.</summary>
    Zero = 8,
    /// <summary>__GFP_HIGHMEM: a highmem page (no permanent kernel address) is acceptable.</summary>
    Highmem = 16,
    /// <summary>__GFP_HIGH: may use atomic reserves.</summary>
    High = 32,

    /// <summary>GFP_KERNEL: may sleep, may start I/O and call into filesystems.</summary>
    Kernel = DirectReclaim | Io | Fs,
    /// <summary>GFP_NOFS: may sleep and start I/O, not recurse into filesystems.</summary>
    NoFs = DirectReclaim | Io,
    /// <summary>GFP_NOIO: may sleep, must not start I/O (the block driver rule, brd).</summary>
    NoIo = DirectReclaim,
    /// <summary>GFP_ATOMIC: never sleeps, may use reserves.</summary>
    Atomic = High,
}
