using PmemSpec.Dax;

namespace PmemSpec.Conformance.Isolation;

/// <summary>
/// One JSON line from a worker to the kit. <c>loaded</c>: the process is up; <c>ready</c>: the
/// device was built once (its traits and capacity); <c>start</c>: a sequence run begins (the kit's
/// wall-clock limit restarts); <c>result</c>: how the check or replay ended; <c>exit</c>: the process
/// is exiting (sent from ProcessExit, so an <c>Environment.Exit</c> is told apart from a crash);
/// <c>done</c>: the worker finished.
/// </summary>
internal sealed record WorkerMessage(string Type)
{
    public int? Index { get; init; }

    public bool? Shrinking { get; init; }

    public long? Operations { get; init; }

    public DaxTraits? Traits { get; init; }

    public long? CapacitySectors { get; init; }

    /// <summary>For <c>ready</c> of a user-level run: the driver's raw-DAX entries are devmap (see <see cref="User.DevmapProbe"/>).</summary>
    public bool? DevmapEntries { get; init; }

    public int? Sequences { get; init; }

    /// <summary>For <c>result</c>: the kind of failure (null when the run conformed).</summary>
    public string? Kind { get; init; }

    public WorkerCounterexample? Counterexample { get; init; }

    /// <summary>For <c>result</c>: why the suite does not apply to the candidate (nothing was run), or null.</summary>
    public string? NotApplicable { get; init; }

    /// <summary>For <c>exit</c>: the exit code.</summary>
    public int? Code { get; init; }
}
