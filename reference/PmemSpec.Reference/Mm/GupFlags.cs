namespace PmemSpec.Reference.Mm;

/// <summary>FOLL_* flags of get_user_pages that the kit models.</summary>
[Flags]
public enum GupFlags
{
    /// <summary>A short-term read pin (FOLL_GET).</summary>
    None = 0,
    /// <summary>FOLL_WRITE: the pages will be written; faults for write and breaks copy-on-write.</summary>
    Write = 1,
    /// <summary>FOLL_LONGTERM (get_user_pages_longterm in v4.15–v5.1): refused on fs-dax VMAs from v4.15 (domain §7.2).</summary>
    Longterm = 2,
}
