namespace PmemSpec.Kernel;

/// <summary>The kinds of restricted context a caller can be in.</summary>
public enum ContextKind
{
    /// <summary>Sleeping is forbidden: a spinlock is held, preemption or interrupts are off.</summary>
    Atomic,
    /// <summary>On the block I/O path: allocations must not recurse into I/O (GFP_NOIO).</summary>
    IoPath,
}
