namespace PmemSpec.Reference.Mm;

/// <summary>What a mapping's fault handler answered (the VM_FAULT_* code).</summary>
public enum VmFaultKind
{
    /// <summary>Map this pfn (the handler would have called vm_insert_mixed).</summary>
    Pfn,
    /// <summary>VM_FAULT_NOPAGE: nothing to map (pfn_mkwrite accepted the write).</summary>
    NoPage,
    /// <summary>VM_FAULT_SIGBUS.</summary>
    Sigbus,
    /// <summary>VM_FAULT_HWPOISON.</summary>
    Hwpoison,
    /// <summary>VM_FAULT_OOM.</summary>
    Oom,
}
