using System.Text.RegularExpressions;

namespace PmemSpec.Conformance.Tests.Isolation;

/// <summary>Through the real process: each fault gives a counterexample of its kind, and the kit itself finishes its report.</summary>
public class IsolationFaultTests(FaultsRun run) : IClassFixture<FaultsRun>
{
    [Fact]
    public void TheKitSurvivesEveryFault_AndReportsThemAll()
    {
        Assert.True(run.Exit == 1, $"exit {run.Exit}\n{run.Out}\n{run.Err}");
        Assert.Contains("7 candidates, 0 conform, 7 with counterexamples (seed 1)", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Throws", "crash")]
    [InlineData("Hangs", "hang")]
    [InlineData("OverflowsStack", "crash")]
    [InlineData("Exits", "exit")]
    [InlineData("ExitsWhenBuilt", "exit")]
    [InlineData("ExhaustsMemory", "out-of-memory")]
    [InlineData("HoardsOnAThread", "out-of-memory")]
    public void EachFault_GivesACounterexampleOfItsKind(string candidate, string kind)
    {
        Assert.Matches($@"^{candidate} +6\.1 +\d+ +\d+ {kind} ", run.Row(candidate));
    }

    [Theory]
    [InlineData("Throws", "threw InvalidOperationException: the write path is not written yet")]
    [InlineData("ExhaustsMemory", "threw OutOfMemoryException")]
    [InlineData("Hangs", "no progress within 4 s running the sequence below; the kit killed the process")]
    [InlineData("OverflowsStack", "stack overflow: the process died")]
    [InlineData("Exits", "the candidate ended the process with exit code 3 (Environment.Exit) running the sequence below")]
    [InlineData("HoardsOnAThread", "out of memory: the process died over its 64 MiB GC heap limit running the sequence below")]
    public void EachFault_SaysWhatHappened(string candidate, string detail)
    {
        Assert.Contains(detail, run.Section(candidate), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Throws")]
    [InlineData("Hangs")]
    [InlineData("OverflowsStack")]
    [InlineData("Exits")]
    [InlineData("ExhaustsMemory")]
    [InlineData("HoardsOnAThread")]
    public void EachFault_IsShrunk_ToASequenceEndingInTheWriteThatTriggersIt(string candidate)
    {
        var section = run.Section(candidate);
        var steps = section.Split('\n').Where(l => Regex.IsMatch(l, @"^   [ >] +\d+  \w")).ToList();

        Assert.InRange(steps.Count, 1, 4);
        Assert.StartsWith(">", steps[^1].TrimStart(), StringComparison.Ordinal);
        Assert.Contains("Write(", steps[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void AFaultWhileTheDeviceIsBuilt_NeedsNoOperation()
    {
        var section = run.Section("ExitsWhenBuilt");

        Assert.Contains("exit code 4 (Environment.Exit) while loading the candidate and building the device", section, StringComparison.Ordinal);
        Assert.Contains("minimal sequence: none (building the device is enough)", section, StringComparison.Ordinal);
    }
}
