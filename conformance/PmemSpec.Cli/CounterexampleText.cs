using PmemSpec.Conformance.Runner;

namespace PmemSpec.Cli;

/// <summary>Prints a counterexample for people: the rule, the minimal sequence, expected vs actual, the trace, the replay input.</summary>
internal static class CounterexampleText
{
    private const int TraceTail = 40;

    public static void Write(Counterexample cx, TextWriter output, string? kind = null, string replay = "pmemspec replay FILE")
    {
        output.WriteLine();
        output.WriteLine($"== {cx.Sequence.Profile}: {cx.Invariant.Id} {cx.Invariant.Statement}");
        if (kind is not null) output.WriteLine($"   kind: {kind}");
        output.WriteLine($"   source: {cx.Invariant.Source}");
        output.WriteLine($"   minimal sequence ({cx.Sequence.Ops.Count} of {cx.OriginalLength} operations; fails at step {cx.FailingStep}):");
        for (var i = 0; i < cx.Sequence.Ops.Count; i++)
            output.WriteLine($"   {(i == cx.FailingStep ? ">" : " ")} {i,3}  {cx.Sequence.Ops[i]}");
        output.WriteLine($"   expected: {cx.Expected}");
        output.WriteLine($"   actual:   {cx.Actual}");
        output.WriteLine($"   kernel trace ({Math.Min(TraceTail, cx.Trace.Count)} last of {cx.Trace.Count} events):");
        foreach (var line in cx.Trace.Skip(Math.Max(0, cx.Trace.Count - TraceTail)))
            output.WriteLine($"     {line}");
        output.WriteLine($"   replay: save the lines below to a file and run '{replay}'");
        foreach (var line in cx.ReplayText.TrimEnd('\n').Split('\n'))
            output.WriteLine($"     {line}");
    }
}
