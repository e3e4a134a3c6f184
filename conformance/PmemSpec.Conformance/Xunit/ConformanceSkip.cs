namespace PmemSpec.Conformance.Xunit;

/// <summary>Turns an implementer's declared deviations into skipped conformance tests.</summary>
public static class ConformanceSkip
{
    /// <summary>
    /// Throws <see cref="KnownDeviationException"/> when <paramref name="invariantId"/> is a key of
    /// <paramref name="deviations"/>; returns normally otherwise.
    /// </summary>
    /// <param name="deviations">Invariant ID → reason, as the implementer's test class declares them.</param>
    /// <param name="invariantId">The stable ID of the invariant the calling test checks.</param>
    /// <remarks>Context: call it first in a test marked <see cref="ConformanceFactAttribute"/> or
    /// <see cref="ConformanceTheoryAttribute"/>, which report the exception as a skip. Allocates
    /// only when it throws.</remarks>
    /// <exception cref="KnownDeviationException">The invariant is a declared deviation.</exception>
    public static void IfKnownDeviation(IReadOnlyDictionary<string, string> deviations, string invariantId)
    {
        if (deviations.TryGetValue(invariantId, out var reason))
            throw new KnownDeviationException(invariantId, reason);
    }
}
