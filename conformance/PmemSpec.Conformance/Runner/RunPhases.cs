using System.Diagnostics;

namespace PmemSpec.Conformance.Runner;

/// <summary>
/// Where a <see cref="ConformanceRunner.Check(Dax.DeviceProfile, RunOptions, CallerFactory?, SequenceObserver?)"/> spent its time:
/// drawing sequences, running them (device, invariants, model) and shrinking. Read by the benchmark;
/// timestamps are taken per sequence, never per step, so measuring costs nothing the figures would show.
/// </summary>
internal sealed class RunPhases
{
    private long generation;
    private long execution;
    private long shrinking;

    /// <summary>Time spent drawing sequences from the generator.</summary>
    public TimeSpan Generation => Stopwatch.GetElapsedTime(0, generation);

    /// <summary>Time spent running generated sequences (device, invariants, model).</summary>
    public TimeSpan Execution => Stopwatch.GetElapsedTime(0, execution);

    /// <summary>Time spent shrinking the failing sequence and rerunning the minimal one.</summary>
    public TimeSpan Shrinking => Stopwatch.GetElapsedTime(0, shrinking);

    /// <summary>Adds the time since <paramref name="start"/> to generation and returns now.</summary>
    public long Generated(long start) => Add(ref generation, start);

    /// <summary>Adds the time since <paramref name="start"/> to execution and returns now.</summary>
    public long Executed(long start) => Add(ref execution, start);

    /// <summary>Adds the time since <paramref name="start"/> to shrinking and returns now.</summary>
    public long Shrunk(long start) => Add(ref shrinking, start);

    private static long Add(ref long total, long start)
    {
        var now = Stopwatch.GetTimestamp();
        total += now - start;
        return now;
    }
}
