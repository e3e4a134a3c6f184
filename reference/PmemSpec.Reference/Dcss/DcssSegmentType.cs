namespace PmemSpec.Reference.Dcss;

/// <summary>z/VM DCSS segment types (arch/s390/include/asm/extmem.h, domain §4.1).</summary>
public enum DcssSegmentType
{
    /// <summary>Shared, writable.</summary>
    SW = 0,
    /// <summary>Exclusive, writable.</summary>
    EW = 1,
    /// <summary>Shared, read-only.</summary>
    SR = 2,
    /// <summary>Exclusive, read-only.</summary>
    ER = 3,
    /// <summary>Shared, no data (writable, never saved).</summary>
    SN = 4,
    /// <summary>Exclusive, no data (writable, never saved).</summary>
    EN = 5,
    /// <summary>CP-owned (read-only in shared mode, cannot be loaded exclusive-writable).</summary>
    SC = 6,
    /// <summary>Exclusive-writable, no data.</summary>
    EWEN = 7,
}
