using PmemSpec.Conformance.Isolation;

namespace PmemSpec.Cli;

/// <summary>Prints a candidate's counterexample: an in-process one in full (<see cref="CounterexampleText"/>), a process fault with what the kit saw.</summary>
internal static class IsolatedCounterexampleText
{
    public static void Write(IsolatedCounterexample cx, TextWriter output, string candidatePath)
    {
        var replay = $"pmemspec replay FILE --candidate {candidatePath}";
        if (cx.Violation is { } violation)
        {
            CounterexampleText.Write(violation, output, cx.Kind, replay);
            return;
        }
        var ops = cx.Sequence.Ops;
        output.WriteLine();
        output.WriteLine($"== {cx.Sequence.Profile}: {cx.Kind}");
        output.WriteLine($"   {cx.Detail}");
        output.WriteLine(ops.Count == 0
            ? "   minimal sequence: none (building the device is enough)"
            : $"   minimal sequence ({ops.Count} of {cx.OriginalLength} operations; fails at step {ops.Count - 1}):");
        for (var i = 0; i < ops.Count; i++)
            output.WriteLine($"   {(i == ops.Count - 1 ? ">" : " ")} {i,3}  {ops[i]}");
        output.WriteLine($"   replay: save the lines below to a file and run '{replay}'");
        foreach (var line in cx.ReplayText.TrimEnd('\n').Split('\n'))
            output.WriteLine($"     {line}");
    }
}
