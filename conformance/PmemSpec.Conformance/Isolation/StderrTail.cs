namespace PmemSpec.Conformance.Isolation;

/// <summary>What the kit keeps of a worker's stderr: the first lines (a stack overflow trace can run to megabytes) and two telltales.</summary>
internal sealed class StderrTail
{
    private const int Keep = 12;
    private readonly Lock gate = new();
    private readonly List<string> head = [];

    public bool StackOverflow { get; private set; }

    public bool OutOfMemory { get; private set; }

    public void Add(string line)
    {
        lock (gate)
        {
            if (head.Count < Keep) head.Add(line);
            StackOverflow |= line.StartsWith("Stack overflow", StringComparison.Ordinal);
            OutOfMemory |= line.Contains(nameof(OutOfMemoryException), StringComparison.Ordinal) || line.StartsWith("Out of memory", StringComparison.Ordinal);
        }
    }

    /// <summary>The first line that says something (for a one-line detail), or null.</summary>
    public string? FirstLine
    {
        get
        {
            lock (gate) return head.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim();
        }
    }

    public IReadOnlyList<string> Head
    {
        get
        {
            lock (gate) return [.. head];
        }
    }
}
