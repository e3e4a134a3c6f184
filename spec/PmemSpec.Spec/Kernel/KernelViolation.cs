namespace PmemSpec.Kernel;

/// <summary>A kernel rule broken at run time, as the real kernel would report it (BUG, WARN, lockdep).</summary>
/// <param name="Seq">The trace position of the event that broke it.</param>
/// <param name="Rule">A stable short name: <c>sleep-in-atomic</c>, <c>io-alloc-on-io-path</c>, ...</param>
/// <param name="Message">What the kernel would print.</param>
public sealed record KernelViolation(long Seq, string Rule, string Message)
{
    /// <summary>might_sleep() in atomic context.</summary>
    public const string SleepInAtomic = "sleep-in-atomic";
    /// <summary>An allocation allowed to start I/O while on the I/O path.</summary>
    public const string IoAllocOnIoPath = "io-alloc-on-io-path";
    /// <summary>Access to a page that is free.</summary>
    public const string UseAfterFree = "use-after-free";
    /// <summary>Access to device memory whose removal finished (holders of references may still touch a dying range).</summary>
    public const string RemovedDeviceAccess = "removed-device-access";
    /// <summary>Access through an address nothing maps.</summary>
    public const string BadAddress = "bad-address";
    /// <summary>Freeing a page that is not allocated, or dropping a reference not held.</summary>
    public const string BadPageState = "bad-page-state";
    /// <summary>A page-table entry changed without its page-table lock held (lockdep_assert_held).</summary>
    public const string PageTableUnlocked = "pte-unlocked";
    /// <summary>A context scope left out of order.</summary>
    public const string ContextImbalance = "context-imbalance";

    /// <inheritdoc />
    public override string ToString() => $"{Rule}: {Message}";
}
