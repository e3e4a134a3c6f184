using PmemSpec.Operations;

namespace PmemSpec.Generators.Sequences;

/// <summary>
/// Runs candidate sequences through the failure predicate within an attempt budget. Empty
/// candidates are never tried, and when the original sequence was well formed
/// (<see cref="DaxWellFormedness"/>) neither are candidates that are not; neither counts as an attempt.
/// </summary>
internal sealed class ShrinkTrial(Func<IReadOnlyList<DeviceOp>, bool> stillFails, int maxAttempts, bool keepWellFormed)
{
    /// <summary>Predicate calls so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>True once the budget is spent.</summary>
    public bool Exhausted => Attempts >= maxAttempts;

    /// <summary>True when <paramref name="candidate"/> was tried and still fails.</summary>
    public bool StillFails(IReadOnlyList<DeviceOp> candidate)
    {
        if (Exhausted || candidate.Count == 0 || (keepWellFormed && !DaxWellFormedness.Holds(candidate))) return false;
        Attempts++;
        return stillFails(candidate);
    }
}
