namespace PmemSpec.Dax;

/// <summary>What a DAX driver declares about itself; the kit holds it to every claim.</summary>
[Flags]
public enum DaxTraits
{
    /// <summary>No claims.</summary>
    None = 0,
    /// <summary>direct_access never sleeps and never allocates (pmem, dcssblk: arithmetic only).</summary>
    NeverSleeps = 1,
    /// <summary>Backing pages are allocated on first touch (brd).</summary>
    AllocatesLazily = 2,
    /// <summary>Every pfn direct_access returns has a struct page.</summary>
    PageBacked = 4,
    /// <summary>The device refuses writes.</summary>
    ReadOnly = 8,
}
