using PmemSpec.Invariants;
using PmemSpec.Invariants.User;
using PmemSpec.Kernel;
using PmemSpec.Model.User;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.User;

/// <summary>The result of running one user sequence: the steps that ran and the first invariant broken.</summary>
/// <param name="Executed">Steps that ran (skipped ones left out), up to and including the failing one.</param>
/// <param name="Outcomes">What each executed step returned.</param>
/// <param name="Broken">The first invariant broken, or null when the sequence passed.</param>
/// <param name="Failure">How it was broken.</param>
/// <param name="Kernel">The kernel after the run (its trace is the run's event trace), or null when the machine could not be built.</param>
public sealed record UserSequenceRun(IReadOnlyList<DeviceOp> Executed, IReadOnlyList<UserOutcome> Outcomes, UserInvariant? Broken,
    InvariantFailure? Failure, SimulatedKernel? Kernel)
{
    /// <summary>True when no invariant was broken.</summary>
    public bool Passed => Broken is null;

    /// <summary>Index of the failing step in <see cref="Executed"/>, or -1.</summary>
    public int FailingStep => Passed ? -1 : Executed.Count - 1;
}
