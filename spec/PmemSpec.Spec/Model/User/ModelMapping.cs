namespace PmemSpec.Model.User;

/// <summary>
/// One mapping of one process as the model sees it: the device pages it covers, and for a private
/// mapping the pages copy-on-write gave the process its own copy of.
/// </summary>
/// <param name="Pgoff">First device page.</param>
/// <param name="Pages">Length in pages.</param>
/// <param name="Shared">MAP_SHARED.</param>
/// <param name="Writable">PROT_WRITE.</param>
public sealed record ModelMapping(long Pgoff, long Pages, bool Shared, bool Writable)
{
    /// <summary>Private copies by page inside the mapping.</summary>
    public Dictionary<long, byte[]> Copies { get; init; } = [];

    /// <summary>Private pages whose bytes the model cannot tell: a get_user_pages with FOLL_WRITE failed part-way and may have broken copy-on-write.</summary>
    public HashSet<long> Uncertain { get; init; } = [];

    /// <summary>Inherited by or passed on through a fork (the observed-6.1 fork row applies to it).</summary>
    public bool Forked { get; init; }

    /// <summary>True when page <paramref name="page"/> is, or may be, the process's own anonymous copy.</summary>
    public bool MayBeCopied(long page) => Copies.ContainsKey(page) || Uncertain.Contains(page);

    /// <summary>The device page behind page <paramref name="page"/>.</summary>
    public long PgoffOf(long page) => Pgoff + page;

    /// <summary>A copy for a child (or for the parent after fork): its own private copies, marked forked.</summary>
    public ModelMapping ForkCopy() => this with
    {
        Copies = Copies.ToDictionary(c => c.Key, c => (byte[])c.Value.Clone()),
        Uncertain = [.. Uncertain],
        Forked = true,
    };
}
