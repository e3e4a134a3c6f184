using PmemSpec.Conformance.Tests.Candidates;
using PmemSpec.Conformance.Tests.Cli;

namespace PmemSpec.Conformance.Tests.Isolation;

/// <summary>One real <c>pmemspec check</c> process over the five faulty candidates, shared by the tests that read its report.</summary>
public sealed class FaultsRun
{
    public FaultsRun() =>
        (Exit, Out, Err) = CliProcess.Run("check", Assets.Path("faults"), "--sequences", "20", "--max-ops", "20",
            "--time-limit", "4", "--memory-limit", "64", "--shrink-runs", "8");

    public int Exit { get; }

    public string Out { get; }

    public string Err { get; }

    /// <summary>The table row of a candidate.</summary>
    public string Row(string candidate) => Out.Split('\n').Single(l => l.StartsWith(candidate + " ", StringComparison.Ordinal));

    /// <summary>The counterexample section of a candidate, from its <c>==</c> line to the next.</summary>
    public string Section(string candidate)
    {
        var start = Out.IndexOf($"== {candidate}:", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no counterexample for {candidate} in:\n{Out}");
        var end = Out.IndexOf("\n== ", start + 1, StringComparison.Ordinal);
        return Out[start..(end < 0 ? Out.Length : end)];
    }
}
