using PmemSpec.Conformance.Candidates;
using PmemSpec.Dax;

namespace PmemSpec.Conformance.Isolation;

/// <summary>What a worker process is asked to do, written by the kit to a JSON file the worker reads.</summary>
/// <param name="Assembly">The candidate assembly's path.</param>
/// <param name="TypeName">The plug-in type's reflection name.</param>
/// <param name="Name">The candidate's name (the profile name in sequences and reports).</param>
/// <param name="TakesCapacity">Construct with (kernel, capacity) rather than (kernel).</param>
/// <param name="CapacitySectors">The capacity to pass.</param>
/// <param name="Era">The era to check in.</param>
/// <param name="Capabilities">What the kit may do to the device.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="Sequences">Sequences to run.</param>
/// <param name="MaxOps">Operations per sequence at most.</param>
/// <param name="Invariants">Invariant IDs or families; empty for all.</param>
/// <param name="Replay">A sequence text to run once instead of the generated sequences, or null.</param>
internal sealed record WorkerRequest(string Assembly, string TypeName, string Name, bool TakesCapacity, long CapacitySectors, Era Era,
    ProfileCapabilities Capabilities, ulong Seed, int Sequences, int MaxOps, IReadOnlyList<string> Invariants, string? Replay)
{
    /// <summary>The run's shard index (see <see cref="Runner.RunOptions.ShardIndex"/>).</summary>
    public int ShardIndex { get; init; }

    /// <summary>The run's shard count (see <see cref="Runner.RunOptions.ShardCount"/>).</summary>
    public int ShardCount { get; init; } = 1;

    /// <summary>The run's time budget in seconds, or null (see <see cref="Runner.RunOptions.TimeBudget"/>).</summary>
    public double? TimeBudgetSeconds { get; init; }

    /// <summary>The contract the candidate type implements.</summary>
    public CandidateContract Contract { get; init; }

    /// <summary>Run the raw block-device DAX (user-level) suite instead of the device suite.</summary>
    public bool UserLevel { get; init; }

    /// <summary>For a fault handler: the reference user profile whose driver it runs over.</summary>
    public string? Over { get; init; }
}
