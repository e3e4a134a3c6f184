namespace PmemSpec.Conformance.Isolation;

/// <summary>The limits each candidate's child process runs under.</summary>
/// <param name="TimeLimit">Wall-clock limit per sequence run (each generated sequence, each shrink attempt); default 10 s.</param>
/// <param name="MemoryLimitMiB">GC heap limit of the child process in MiB (DOTNET_GCHeapHardLimit); default 512.</param>
/// <param name="ShrinkRuns">Child processes at most spent shrinking a crash, hang, exit or out-of-memory; default 24.</param>
public sealed record IsolationLimits(TimeSpan TimeLimit, int MemoryLimitMiB = 512, int ShrinkRuns = 24)
{
    /// <summary>The defaults: 10 s per sequence, 512 MiB, 24 shrink runs.</summary>
    public static IsolationLimits Default { get; } = new(TimeSpan.FromSeconds(10));

    /// <summary>How long a child may take to start before it is counted as hung (the .NET host starting on a busy machine).</summary>
    public static TimeSpan StartupGrace { get; } = TimeSpan.FromSeconds(30);
}
