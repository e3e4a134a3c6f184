namespace PmemSpec.Model;

/// <summary>Whether a lazy device must have a backing page for a disk page.</summary>
public enum PageAllocation
{
    /// <summary>Never touched: must not be allocated.</summary>
    Absent,
    /// <summary>Written or direct-accessed: must be allocated.</summary>
    Present,
    /// <summary>A failed write may or may not have allocated it.</summary>
    Unknown,
}
