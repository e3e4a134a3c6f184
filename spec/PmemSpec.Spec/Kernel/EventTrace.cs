namespace PmemSpec.Kernel;

/// <summary>The kernel event trace: allocations, frees, sleeps, contexts, references, pins, violations.</summary>
/// <remarks>Context: any; never sleeps; appends to a list.</remarks>
public sealed class EventTrace
{
    private readonly List<KernelEvent> events = [];
    private readonly int[] counts = new int[Enum.GetValues<KernelEventKind>().Length];

    /// <summary>Every event so far, oldest first.</summary>
    public IReadOnlyList<KernelEvent> Events => events;

    /// <summary>The position the next event will get; pass it to <see cref="Since"/>.</summary>
    public long Mark => events.Count;

    /// <summary>Appends an event and returns it.</summary>
    public KernelEvent Record(KernelEventKind kind, string detail)
    {
        var e = new KernelEvent(events.Count, kind, detail);
        events.Add(e);
        counts[(int)kind]++;
        return e;
    }

    /// <summary>How many events of a kind were recorded in all.</summary>
    public int Count(KernelEventKind kind) => counts[(int)kind];

    /// <summary>The events recorded at or after <paramref name="mark"/>.</summary>
    public IEnumerable<KernelEvent> Since(long mark)
    {
        for (var i = (int)mark; i < events.Count; i++)
            yield return events[i];
    }

    /// <summary>How many events of a kind were recorded at or after <paramref name="mark"/>.</summary>
    public int CountSince(long mark, KernelEventKind kind)
    {
        var n = 0;
        for (var i = (int)mark; i < events.Count; i++)
            if (events[i].Kind == kind) n++;
        return n;
    }
}
