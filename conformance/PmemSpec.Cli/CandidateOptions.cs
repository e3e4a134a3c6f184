using System.CommandLine;
using PmemSpec.Conformance.Isolation;

namespace PmemSpec.Cli;

/// <summary>The <c>check PATH</c> options: the isolation limits and the era.</summary>
internal sealed class CandidateOptions
{
    public Argument<string?> Path { get; } = new("PATH")
    {
        Description = "A candidate: a compiled assembly (.dll), a C# source file (.cs) or a folder of .cs files (compiled against PmemSpec.Spec). " +
            "Each public, non-abstract class implementing PmemSpec.Dax.IDaxDevice with a public (SimulatedKernel) or (SimulatedKernel, long) " +
            "constructor is checked on its own; [DaxCandidate(Era, CapacitySectors, Capabilities)] sets its era, size (default 2048 sectors) " +
            "and capabilities. A class implementing PmemSpec.Reference.RawBlockDax.IRawBlockDaxDevice with a public (IMm, Partition) " +
            "constructor is a raw block-device DAX fault handler, checked over every reference driver in v4.6. Without PATH, the reference drivers.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<double> TimeLimit { get; } = new("--time-limit")
    {
        Description = "Wall-clock limit in seconds per sequence run of a candidate; over it the child is killed and the sequence is a 'hang'.",
        DefaultValueFactory = _ => IsolationLimits.Default.TimeLimit.TotalSeconds,
    };

    public Option<int> MemoryLimit { get; } = new("--memory-limit")
    {
        Description = "GC heap limit in MiB of a candidate's child process (DOTNET_GCHeapHardLimit); over it is 'out-of-memory'.",
        DefaultValueFactory = _ => IsolationLimits.Default.MemoryLimitMiB,
    };

    public Option<int> ShrinkRuns { get; } = new("--shrink-runs")
    {
        Description = "Child processes at most spent shrinking a crash, hang, exit or out-of-memory.",
        DefaultValueFactory = _ => IsolationLimits.Default.ShrinkRuns,
    };

    public Option<string?> Era { get; } = new("--era")
    {
        Description = "Kernel era to check a candidate in (e.g. v4.9, v6.1). Default: its [DaxCandidate(Era = ...)], else v6.1. " +
            "In v4.6 a driver also runs under the reference raw block-device DAX layer; the raw-bdev suites exist only in v4.6.",
    };

    /// <summary>The limits asked for, or null after printing which one is out of range.</summary>
    public IsolationLimits? Limits(ParseResult parse, TextWriter error)
    {
        var (time, memory, shrink) = (parse.GetValue(TimeLimit), parse.GetValue(MemoryLimit), parse.GetValue(ShrinkRuns));
        if (time is <= 0 or > 86_400) return Fail(error, "--time-limit must be between 0 and 86400 seconds");
        if (memory < 16) return Fail(error, "--memory-limit must be at least 16 (MiB)");
        if (shrink < 0) return Fail(error, "--shrink-runs must not be negative");
        return new IsolationLimits(TimeSpan.FromSeconds(time), memory, shrink);
    }

    private static IsolationLimits? Fail(TextWriter error, string message)
    {
        CliOptions.Fail(error, message);
        return null;
    }
}
