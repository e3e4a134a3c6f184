namespace PmemSpec;

/// <summary>pfn_t flags in the top bits of the 64-bit value (include/linux/pfn_t.h, domain §3.4).</summary>
[Flags]
#pragma warning disable CA1028 // Enum storage should be Int32 — the flags live in the top bits of a u64.
public enum PfnFlags : ulong
#pragma warning restore CA1028
{
    /// <summary>No flags: a normal memmap-covered pfn (page_to_pfn_t).</summary>
    None = 0,
    /// <summary>PFN_SPECIAL (bit 59, v4.16+): allow XIP but not get_user_pages (FS_DAX_LIMITED).</summary>
    Special = 1UL << 59,
    /// <summary>PFN_MAP (bit 60): a page mapping established by a device driver (ZONE_DEVICE).</summary>
    Map = 1UL << 60,
    /// <summary>PFN_DEV (bit 61): not covered by the system memmap by default.</summary>
    Dev = 1UL << 61,
    /// <summary>PFN_SG_LAST (bit 62): last scatterlist entry.</summary>
    SgLast = 1UL << 62,
    /// <summary>PFN_SG_CHAIN (bit 63): pointer to the next scatterlist entry.</summary>
    SgChain = 1UL << 63,
}
