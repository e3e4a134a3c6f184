namespace PmemSpec.Operations;

/// <summary>The context a caller invokes direct_access from.</summary>
public enum CallContext
{
    /// <summary>Process context: sleeping allowed.</summary>
    Process,
    /// <summary>Atomic context (a spinlock held): sleeping is a bug.</summary>
    Atomic,
}
