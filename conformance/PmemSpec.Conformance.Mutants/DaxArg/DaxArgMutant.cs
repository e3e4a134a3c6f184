using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>A deliberately broken driver or caller and the one invariant that must catch it.</summary>
/// <param name="Name">Short name, the theory's case label.</param>
/// <param name="Profile">The profile to check (a mutant driver, or a reference base under a mutant caller).</param>
/// <param name="Caller">The mutant caller, or null for the spec's own wrapper.</param>
/// <param name="KilledBy">The invariant the counterexample must cite, exactly.</param>
/// <param name="MaxShrunkOps">The longest the shrunk counterexample may be.</param>
internal sealed record DaxArgMutant(string Name, DeviceProfile Profile, CallerFactory? Caller, string KilledBy, int MaxShrunkOps)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} → {KilledBy} (≤ {MaxShrunkOps} ops)";
}
