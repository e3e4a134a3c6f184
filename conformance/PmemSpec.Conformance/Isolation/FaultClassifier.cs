using System.Globalization;

namespace PmemSpec.Conformance.Isolation;

/// <summary>Names what ended a worker that stopped without finishing: an <c>Environment.Exit</c>, a stack overflow, memory, or another crash.</summary>
internal static class FaultClassifier
{
    public static (string Kind, string Detail) Classify(WorkerOutcome outcome, int processExitCode, StderrTail stderr, IsolationLimits limits)
    {
        if (outcome.ExitCode is { } code)
            return (CounterexampleKind.Exit, $"the candidate ended the process with exit code {code} (Environment.Exit) {Where(outcome)}");
        if (stderr.StackOverflow)
            return (CounterexampleKind.Crash, $"stack overflow: the process died (exit code {processExitCode}) {Where(outcome)}");
        if (stderr.OutOfMemory)
            return (CounterexampleKind.OutOfMemory, $"out of memory: the process died over its {limits.MemoryLimitMiB} MiB GC heap limit {Where(outcome)}");
        var said = stderr.FirstLine is { } line ? $": {line}" : "";
        return (CounterexampleKind.Crash, $"the process died with exit code {processExitCode}{Signal(processExitCode)} {Where(outcome)}{said}");
    }

    public static string Hang(WorkerOutcome outcome, TimeSpan limit) =>
        $"no progress within {limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s {Where(outcome)}; the kit killed the process";

    private static string Where(WorkerOutcome outcome) => outcome.Index switch
    {
        < 0 => "while loading the candidate and building the device",
        _ when outcome.Replay => "running the sequence below",
        var i when outcome.Shrinking => $"while shrinking a violation in sequence {i}",
        var i => $"in sequence {i}",
    };

    private static string Signal(int code) => code switch
    {
        134 => " (SIGABRT)",
        137 => " (SIGKILL)",
        139 => " (SIGSEGV)",
        _ => "",
    };
}
