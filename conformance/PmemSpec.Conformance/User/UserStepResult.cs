using PmemSpec.Invariants;
using PmemSpec.Invariants.User;
using PmemSpec.Model.User;

namespace PmemSpec.Conformance.User;

/// <summary>What one user step did: skipped, or its outcome and the first invariant it broke.</summary>
/// <param name="Skipped">True when its precondition did not hold; it ran nothing.</param>
/// <param name="Outcome">What it returned.</param>
/// <param name="Broken">The first invariant broken, or null.</param>
/// <param name="Failure">How it was broken.</param>
internal sealed record UserStepResult(bool Skipped, UserOutcome Outcome, UserInvariant? Broken, InvariantFailure? Failure)
{
    public static UserStepResult Skip { get; } = new(true, UserOutcome.Ok, null, null);
}
