namespace PmemSpec.Conformance.Xunit;

/// <summary>
/// Thrown by a conformance test whose invariant cannot apply to the implementation under test
/// (another era, or a trait or capability the device does not have). Tests marked
/// <see cref="ConformanceFactAttribute"/> or <see cref="ConformanceTheoryAttribute"/> report it as
/// skipped with <see cref="Exception.Message"/> (<c>not applicable: {reason}</c>) as the reason: a
/// rule that was not checked is never reported as passed.
/// </summary>
public sealed class NotApplicableException : Exception
{
    /// <summary>Creates the exception for one invariant that cannot apply.</summary>
    /// <param name="invariantId">The stable ID of the invariant.</param>
    /// <param name="reason">Why it cannot apply.</param>
    public NotApplicableException(string invariantId, string reason)
        : base($"not applicable: {reason}")
    {
        InvariantId = invariantId;
        Reason = reason;
    }

    /// <summary>The stable ID of the invariant.</summary>
    public string InvariantId { get; }

    /// <summary>Why it cannot apply.</summary>
    public string Reason { get; }
}
