namespace PmemSpec.Reference.Mm;

/// <summary>How a user load or store ended.</summary>
public enum AccessOutcome
{
    /// <summary>The access completed.</summary>
    Ok,
    /// <summary>SIGBUS: the address is mapped but nothing can back it (dead device, past the end, poison).</summary>
    Sigbus,
    /// <summary>SIGSEGV: no mapping, or the mapping forbids the access.</summary>
    Segv,
    /// <summary>VM_FAULT_OOM: the fault could not allocate; the kernel would run the OOM killer.</summary>
    Oom,
}
