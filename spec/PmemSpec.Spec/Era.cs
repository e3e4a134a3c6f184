namespace PmemSpec;

/// <summary>
/// The kernel release whose rules are checked. Eras A (v4.0–v4.4: <c>bdev_direct_access</c> in
/// bytes), B (v4.5–v4.11: <c>blk_dax_ctl</c>) and C (v4.12+: <c>dax_direct_access</c> in pages),
/// see domain/kernel-dax.md §1. Each member stands for the tree the domain page was read from.
/// </summary>
#pragma warning disable CA1707 // Identifiers should not contain underscores — members are kernel versions (V4_9 = v4.9).
public enum Era
{
    /// <summary>v4.1: era A, no might_sleep, size passed to the driver.</summary>
    V4_1 = 401,
    /// <summary>v4.4: era A with might_sleep, size not passed.</summary>
    V4_4 = 404,
    /// <summary>v4.6: era B (v4.5+), pfn_t, -ENXIO for non-page-multiple results.</summary>
    V4_6 = 406,
    /// <summary>v4.9: era B, QUEUE_FLAG_DAX, size passed again (pmem badblocks).</summary>
    V4_9 = 409,
    /// <summary>v4.12: era C, dax_device, pages, might_sleep.</summary>
    V4_12 = 412,
    /// <summary>v4.15: era C; brd DAX removed.</summary>
    V4_15 = 415,
    /// <summary>v4.19: era C, PFN_SPECIAL, struct page required for fs-dax, no might_sleep.</summary>
    V4_19 = 419,
    /// <summary>v5.10: era C.</summary>
    V5_10 = 510,
    /// <summary>v6.1: era C with access modes, -EHWPOISON, -EINVAL for negative counts. The default.</summary>
    V6_1 = 601,
}
#pragma warning restore CA1707
