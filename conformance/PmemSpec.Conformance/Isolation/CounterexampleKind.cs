namespace PmemSpec.Conformance.Isolation;

/// <summary>What kind of failure an isolated counterexample records.</summary>
public static class CounterexampleKind
{
    /// <summary>An invariant of the catalogue was broken.</summary>
    public const string Violation = "violation";

    /// <summary>The candidate threw (EXC-001) or killed its process (stack overflow, fail-fast, a fatal runtime error).</summary>
    public const string Crash = "crash";

    /// <summary>A sequence made no progress within the wall-clock limit; the kit killed the process.</summary>
    public const string Hang = "hang";

    /// <summary>The candidate ended its process (<c>Environment.Exit</c>) before the check finished.</summary>
    public const string Exit = "exit";

    /// <summary>The candidate ran out of the child process's memory limit.</summary>
    public const string OutOfMemory = "out-of-memory";
}
