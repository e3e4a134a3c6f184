namespace PmemSpec.Reference.Mm;

/// <summary>The si_code a fault's signal carries.</summary>
public enum SignalCode
{
    /// <summary>No signal.</summary>
    None,
    /// <summary>BUS_ADRERR: nonexistent physical address (VM_FAULT_SIGBUS).</summary>
    BusAdrerr,
    /// <summary>BUS_MCEERR_AR: hardware memory error consumed (VM_FAULT_HWPOISON, domain §9.3, §11.1).</summary>
    BusMceerrAr,
    /// <summary>SEGV_MAPERR: no mapping at the address.</summary>
    SegvMaperr,
    /// <summary>SEGV_ACCERR: the mapping's protection forbids the access.</summary>
    SegvAccerr,
}
