namespace PmemSpec.Kernel;

/// <summary>
/// The execution context of the (single) simulated CPU: process context, atomic sections, and
/// the I/O path. <see cref="MightSleep"/> is the executable might_sleep().
/// </summary>
/// <remarks>Context: any; never sleeps itself.</remarks>
public sealed class KernelContext
{
    private const string PageTableLockPrefix = "spin_lock(ptl of ";

    private readonly EventTrace trace;
    private readonly ViolationLog violations;
    private readonly List<ContextScope> stack = [];
    private int atomicDepth;
    private int ioDepth;
    private readonly Action<ContextScope> leave;
    private ContextKind lastKind;
    private string? lastReason;
    private string? lastDetail;

    internal KernelContext(EventTrace trace, ViolationLog violations)
    {
        this.trace = trace;
        this.violations = violations;
        leave = Leave;
    }

    /// <summary>True inside a spinlock, kmap_atomic or irq section: sleeping is forbidden.</summary>
    public bool InAtomic => atomicDepth > 0;

    /// <summary>True on the block I/O path: allocations must be GFP_NOIO.</summary>
    public bool OnIoPath => ioDepth > 0;

    /// <summary>The innermost atomic reason, for messages.</summary>
    public string? AtomicReason => stack.LastOrDefault(s => s.Kind == ContextKind.Atomic)?.Reason;

    /// <summary>Enters atomic context (spin_lock, preempt_disable, kmap_atomic).</summary>
    public ContextScope EnterAtomic(string reason) => Enter(ContextKind.Atomic, reason);

    /// <summary>True while some page-table lock is held (a spinlock: sleeping is forbidden).</summary>
    public bool HoldsPageTableLock => stack.Exists(s => s.Reason.StartsWith(PageTableLockPrefix, StringComparison.Ordinal));

    /// <summary>
    /// pte_offset_map_lock / get_locked_pte: takes the page-table lock of an address space, a
    /// spinlock, so the holder is in atomic context until it disposes the scope.
    /// </summary>
    /// <remarks>Context: process; never sleeps; the caller must not sleep until it unlocks.</remarks>
    public ContextScope LockPageTable(string mm) => EnterAtomic($"{PageTableLockPrefix}{mm})");

    /// <summary>Enters the I/O path (bio submission); allocations must not recurse into I/O.</summary>
    public ContextScope EnterIoPath(string reason) => Enter(ContextKind.IoPath, reason);

    /// <summary>
    /// might_sleep(): records that the caller may sleep here, and a violation
    /// ("sleeping function called from invalid context") when in atomic context.
    /// </summary>
    public void MightSleep(string where)
    {
        trace.Record(KernelEventKind.Sleep, where);
        if (InAtomic)
            violations.Report(KernelViolation.SleepInAtomic,
                $"BUG: sleeping function called from invalid context at {where} (atomic: {AtomicReason})");
    }

    private ContextScope Enter(ContextKind kind, string reason)
    {
        var scope = new ContextScope(kind, reason, Detail(kind, reason), leave);
        stack.Add(scope);
        Adjust(kind, +1);
        trace.Record(KernelEventKind.ContextEnter, scope.Detail);
        return scope;
    }

    // "{kind} ({reason})", made once per distinct reason string: most reasons are literals
    // (kmap_atomic), entered again and again.
    private string Detail(ContextKind kind, string reason)
    {
        if (kind != lastKind || !ReferenceEquals(reason, lastReason)) (lastKind, lastReason, lastDetail) = (kind, reason, $"{kind} ({reason})");
        return lastDetail!;
    }

    private void Leave(ContextScope scope)
    {
        var index = stack.LastIndexOf(scope);
        if (index != stack.Count - 1)
            violations.Report(KernelViolation.ContextImbalance, $"{scope.Kind} ({scope.Reason}) left out of order");
        if (index >= 0) stack.RemoveAt(index);
        Adjust(scope.Kind, -1);
        trace.Record(KernelEventKind.ContextExit, scope.Detail);
    }

    private void Adjust(ContextKind kind, int delta)
    {
        if (kind == ContextKind.Atomic) atomicDepth += delta;
        else ioDepth += delta;
    }
}
