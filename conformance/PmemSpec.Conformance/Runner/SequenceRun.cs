using PmemSpec.Invariants;
using PmemSpec.Kernel;
using PmemSpec.Model;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Runner;

/// <summary>The result of running one sequence: how far it got and the first invariant it broke.</summary>
/// <param name="Executed">Operations that ran (skipped ones left out), up to and including the failing one.</param>
/// <param name="Outcomes">The outcome of each executed operation.</param>
/// <param name="Broken">The first invariant broken, or null when the sequence passed.</param>
/// <param name="Failure">How it was broken.</param>
/// <param name="Kernel">The kernel after the run (its trace is the run's event trace).</param>
public sealed record SequenceRun(IReadOnlyList<DeviceOp> Executed, IReadOnlyList<OpOutcome> Outcomes, Invariant? Broken,
    InvariantFailure? Failure, SimulatedKernel? Kernel)
{
    /// <summary>True when no invariant was broken.</summary>
    public bool Passed => Broken is null;

    /// <summary>Index of the failing operation in <see cref="Executed"/>.</summary>
    public int FailingStep => Passed ? -1 : Executed.Count - 1;
}
