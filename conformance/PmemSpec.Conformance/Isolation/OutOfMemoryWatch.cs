namespace PmemSpec.Conformance.Isolation;

/// <summary>In the worker: notes whether an OutOfMemoryException was thrown since the last reset, so a caught one still counts as out-of-memory.</summary>
internal sealed class OutOfMemoryWatch
{
    private volatile bool seen;

    public OutOfMemoryWatch() =>
        AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
        {
            if (e.Exception is OutOfMemoryException) seen = true;
        };

    public bool Seen => seen;

    public void Reset() => seen = false;
}
