using PmemSpec.Operations;

namespace PmemSpec.Conformance.Reports;

/// <summary>A violation as read back from a report: what replay needs, and what the report said happened.</summary>
/// <param name="Kind">How it showed itself.</param>
/// <param name="InvariantId">The invariant broken.</param>
/// <param name="Sequence">The minimal sequence, with its profile, era and seed headers.</param>
/// <param name="FailingStep">Index of the failing operation in the sequence.</param>
/// <param name="Expected">What the rule allowed.</param>
/// <param name="Actual">What the candidate did.</param>
/// <param name="XunitTest">The reproduction test's C# source.</param>
public sealed record ReportedViolation(CounterexampleKind Kind, string InvariantId, OpSequence Sequence, int FailingStep,
    string Expected, string Actual, string XunitTest);
