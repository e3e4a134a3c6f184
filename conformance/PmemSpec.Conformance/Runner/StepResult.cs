using PmemSpec.Invariants;
using PmemSpec.Model;

namespace PmemSpec.Conformance.Runner;

/// <summary>What one step did: skipped (not meaningful in this state), or its outcome and the first invariant it broke.</summary>
/// <param name="Skipped">True when the operation's precondition did not hold; it ran nothing.</param>
/// <param name="Outcome">What the operation returned.</param>
/// <param name="Broken">The first invariant broken, or null.</param>
/// <param name="Failure">How it was broken.</param>
public sealed record StepResult(bool Skipped, OpOutcome Outcome, Invariant? Broken, InvariantFailure? Failure)
{
    /// <summary>A step that ran nothing.</summary>
    public static StepResult Skip { get; } = new(true, OpOutcome.Ok, null, null);
}
