namespace PmemSpec.Reference.Mm;

/// <summary>
/// Pages pinned by get_user_pages, one reference and one pin each; disposing releases them
/// (put_page / unpin_user_page). A second dispose does nothing.
/// </summary>
public sealed class PinnedPages : IDisposable
{
    private readonly Action<ulong> unpin;
    private bool released;

    internal PinnedPages(IReadOnlyList<ulong> pfns, bool longterm, Action<ulong> unpin)
    {
        Pfns = pfns;
        Longterm = longterm;
        this.unpin = unpin;
    }

    /// <summary>The pinned frames, one per page, in address order.</summary>
    public IReadOnlyList<ulong> Pfns { get; }

    /// <summary>Pinned with FOLL_LONGTERM.</summary>
    public bool Longterm { get; }

    /// <summary>True once released.</summary>
    public bool Released => released;

    /// <summary>Releases every pin and its reference.</summary>
    /// <remarks>Context: any; never sleeps; the last reference of a dying device completes its removal.</remarks>
    public void Dispose()
    {
        if (released) return;
        released = true;
        foreach (var pfn in Pfns) unpin(pfn);
    }
}
