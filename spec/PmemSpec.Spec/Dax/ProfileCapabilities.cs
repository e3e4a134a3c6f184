namespace PmemSpec.Dax;

/// <summary>What a device profile lets the kit do beyond block I/O and direct_access.</summary>
[Flags]
public enum ProfileCapabilities
{
    /// <summary>Nothing more.</summary>
    None = 0,
    /// <summary>The device consults badblocks, so media errors may be injected (pmem).</summary>
    Badblocks = 1,
    /// <summary>The device may be removed (kill_dax; era C only).</summary>
    Removal = 2,
    /// <summary>The device accepts only page-aligned, page-multiple bios; others fail with -EIO (dcssblk, §4.1).</summary>
    PageGranularIo = 4,
}
