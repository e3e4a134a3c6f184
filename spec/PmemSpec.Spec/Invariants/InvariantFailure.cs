namespace PmemSpec.Invariants;

/// <summary>How a step broke an invariant: what the rule allowed and what happened.</summary>
/// <param name="Expected">What the rule allows.</param>
/// <param name="Actual">What the device did.</param>
public sealed record InvariantFailure(string Expected, string Actual);
