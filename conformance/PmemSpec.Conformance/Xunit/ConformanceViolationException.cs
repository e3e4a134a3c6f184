using System.Text;
using PmemSpec.Conformance.Runner;
using Xunit.Sdk;

namespace PmemSpec.Conformance.Xunit;

/// <summary>A conformance row's failure: the invariant broken and its minimal, replayable counterexample.</summary>
public sealed class ConformanceViolationException : XunitException
{
    /// <summary>Creates the failure for <paramref name="counterexample"/>.</summary>
    public ConformanceViolationException(Counterexample counterexample)
        : base(Describe(counterexample ?? throw new ArgumentNullException(nameof(counterexample))))
    {
        Counterexample = counterexample;
    }

    /// <summary>The minimal violation.</summary>
    public Counterexample Counterexample { get; }

    private static string Describe(Counterexample cx)
    {
        var text = new StringBuilder();
        text.AppendLine($"{cx.Invariant.Id} {cx.Invariant.Statement} ({cx.Invariant.Source})");
        text.AppendLine($"minimal sequence: {cx.Sequence.Ops.Count} of {cx.OriginalLength} operations, failing at step {cx.FailingStep}");
        for (var i = 0; i < cx.Sequence.Ops.Count; i++)
            text.AppendLine($"{(i == cx.FailingStep ? ">" : " ")} {i,3}  {cx.Sequence.Ops[i]}");
        text.AppendLine($"expected: {cx.Expected}");
        text.AppendLine($"actual:   {cx.Actual}");
        text.AppendLine("replay input:");
        text.Append(cx.ReplayText);
        return text.ToString();
    }
}
