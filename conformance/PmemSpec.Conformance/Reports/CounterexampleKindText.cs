namespace PmemSpec.Conformance.Reports;

/// <summary>The report spelling of a <see cref="CounterexampleKind"/>, both ways.</summary>
internal static class CounterexampleKindText
{
    private static readonly (CounterexampleKind Kind, string Text)[] Names =
    [
        (CounterexampleKind.Violation, "violation"),
        (CounterexampleKind.Crash, "crash"),
        (CounterexampleKind.Hang, "hang"),
        (CounterexampleKind.Exit, "exit"),
        (CounterexampleKind.OutOfMemory, "out-of-memory"),
        (CounterexampleKind.Exception, "exception"),
    ];

    /// <summary>All spellings, for error messages.</summary>
    public static string Known => string.Join(", ", Names.Select(n => n.Text));

    public static string Text(this CounterexampleKind kind) => Names.First(n => n.Kind == kind).Text;

    public static bool TryParse(string text, out CounterexampleKind kind)
    {
        foreach (var (k, t) in Names)
        {
            if (t != text) continue;
            kind = k;
            return true;
        }
        kind = CounterexampleKind.Violation;
        return false;
    }
}
