namespace PmemSpec.Conformance.SelfCheck;

/// <summary>The outcome of one self-check on one device profile.</summary>
/// <param name="Check">The check's name.</param>
/// <param name="Passed">True when the device behaved as the domain page says.</param>
/// <param name="Detail">What went wrong (empty when passed).</param>
public sealed record SelfCheckResult(string Check, bool Passed, string Detail);
