namespace PmemSpec.Conformance.Xunit;

/// <summary>
/// Thrown by a conformance test to say "this invariant is a declared deviation of the
/// implementation under test". Tests marked <see cref="ConformanceFactAttribute"/> or
/// <see cref="ConformanceTheoryAttribute"/> report it as skipped, with <see cref="Exception.Message"/>
/// (<c>known deviation {ID}: {reason}</c>) as the skip reason.
/// </summary>
/// <remarks>Throw it through <see cref="ConformanceSkip.IfKnownDeviation"/>; under a plain
/// <c>[Fact]</c> it is an ordinary failure.</remarks>
public sealed class KnownDeviationException : Exception
{
    /// <summary>Creates the exception for one declared deviation.</summary>
    /// <param name="invariantId">The stable ID of the invariant, e.g. <c>STAB-003</c>.</param>
    /// <param name="reason">Why the implementation deviates, as the implementer declared it.</param>
    public KnownDeviationException(string invariantId, string reason)
        : base($"known deviation {invariantId}: {reason}")
    {
        InvariantId = invariantId;
        Reason = reason;
    }

    /// <summary>The stable ID of the invariant the implementation deviates from.</summary>
    public string InvariantId { get; }

    /// <summary>The implementer's reason for the deviation.</summary>
    public string Reason { get; }
}
