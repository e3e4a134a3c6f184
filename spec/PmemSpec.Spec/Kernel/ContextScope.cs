namespace PmemSpec.Kernel;

/// <summary>An entered atomic or I/O-path context; disposing it leaves the context (spin_unlock, kunmap_atomic).</summary>
public sealed class ContextScope : IDisposable
{
    private readonly Action<ContextScope> leave;
    private bool left;

    internal ContextScope(ContextKind kind, string reason, string detail, Action<ContextScope> leave)
    {
        Kind = kind;
        Reason = reason;
        this.leave = leave;
        Detail = detail;
    }

    /// <summary>Atomic or I/O path.</summary>
    public ContextKind Kind { get; }

    /// <summary>Why it was entered (<c>spin_lock(brd_lock)</c>, <c>kmap_atomic</c>, <c>submit_bio</c>).</summary>
    public string Reason { get; }

    /// <summary>The trace detail of entering and of leaving the scope (the same text for both, made once).</summary>
    internal string Detail { get; }

    /// <summary>Leaves the context; a second call does nothing.</summary>
    public void Dispose()
    {
        if (left) return;
        left = true;
        leave(this);
    }
}
