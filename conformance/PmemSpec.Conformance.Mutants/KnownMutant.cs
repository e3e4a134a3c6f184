using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants;

/// <summary>A deliberately broken driver or caller, and the invariant that must catch it.</summary>
/// <param name="Name">Short name (<c>brd-two-pages</c>).</param>
/// <param name="KilledBy">The invariant its counterexample cites.</param>
/// <param name="Profile">The profile to check: a mutant driver, or a reference base under <paramref name="Caller"/>.</param>
/// <param name="Caller">A mutant direct_access caller, or null for the spec's own wrapper.</param>
public sealed record KnownMutant(string Name, string KilledBy, DeviceProfile Profile, CallerFactory? Caller);
