namespace PmemSpec.Kernel;

/// <summary>What a <see cref="KernelEvent"/> records.</summary>
public enum KernelEventKind
{
    /// <summary>A page was allocated.</summary>
    Alloc,
    /// <summary>A page allocation failed.</summary>
    AllocFailed,
    /// <summary>A page was freed.</summary>
    Free,
    /// <summary>might_sleep() was reached: the caller may have slept.</summary>
    Sleep,
    /// <summary>Atomic or I/O-path context entered.</summary>
    ContextEnter,
    /// <summary>Atomic or I/O-path context left.</summary>
    ContextExit,
    /// <summary>A page reference was taken (get_page).</summary>
    PageGet,
    /// <summary>A page reference was dropped (put_page).</summary>
    PagePut,
    /// <summary>A page was pinned (get_user_pages / pin_user_pages).</summary>
    Pin,
    /// <summary>A pin was released.</summary>
    Unpin,
    /// <summary>Device memory was registered.</summary>
    DeviceRegister,
    /// <summary>Device memory removal started (new references refused).</summary>
    DeviceKill,
    /// <summary>Device memory removal completed.</summary>
    DeviceRemove,
    /// <summary>A bad block was injected or cleared.</summary>
    Badblock,
    /// <summary>A rule of the kernel was broken; see <see cref="SimulatedKernel.Violations"/>.</summary>
    Violation,
    /// <summary>A user page fault was handled (or failed).</summary>
    Fault,
    /// <summary>A page-table entry was installed or changed (set_pte_at).</summary>
    PteSet,
    /// <summary>A page-table entry was cleared (zap_pte_range, ptep_clear).</summary>
    PteClear,
    /// <summary>A signal was delivered to a process (SIGBUS, SIGSEGV).</summary>
    Signal,
}
