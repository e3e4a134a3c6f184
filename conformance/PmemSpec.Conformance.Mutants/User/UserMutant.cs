using PmemSpec.Conformance.User;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>A deliberately broken raw-bdev fault handler, mm or system call, and the user invariant that must catch it.</summary>
/// <param name="Name">Short name (<c>ptl-held-fault</c>).</param>
/// <param name="KilledBy">The invariant its counterexample cites.</param>
/// <param name="Profile">The profile to check: a reference driver under the broken part.</param>
/// <param name="MaxShrunkOps">The longest shrunk counterexample the kit accepts for it.</param>
public sealed record UserMutant(string Name, string KilledBy, UserProfile Profile, int MaxShrunkOps);
