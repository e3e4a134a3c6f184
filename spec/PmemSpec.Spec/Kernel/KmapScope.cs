namespace PmemSpec.Kernel;

/// <summary>A kmap_atomic mapping of one page; disposing it is kunmap_atomic.</summary>
/// <remarks>Context: atomic for its whole life; sleeping inside it is a violation.</remarks>
public sealed class KmapScope : IDisposable
{
    private readonly ContextScope atomic;
    private readonly Action release;

    internal KmapScope(KernelAddress address, ContextScope atomic, Action release)
    {
        Address = address;
        this.atomic = atomic;
        this.release = release;
    }

    /// <summary>The temporary kernel address of the page.</summary>
    public KernelAddress Address { get; }

    /// <summary>kunmap_atomic.</summary>
    public void Dispose()
    {
        release();
        atomic.Dispose();
    }
}
