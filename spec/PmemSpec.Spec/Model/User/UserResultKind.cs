namespace PmemSpec.Model.User;

/// <summary>How a user step ended.</summary>
public enum UserResultKind
{
    /// <summary>Completed (a system call returned success, an access completed).</summary>
    Ok,
    /// <summary>A system call returned an errno.</summary>
    Errno,
    /// <summary>An access raised SIGBUS.</summary>
    Sigbus,
    /// <summary>An access raised SIGSEGV.</summary>
    Segv,
    /// <summary>An access's fault could not allocate (VM_FAULT_OOM).</summary>
    Oom,
}
