using PmemSpec.Conformance.User;
using PmemSpec.Dax;

namespace PmemSpec.Conformance.Candidates;

/// <summary>
/// A plug-in type found in a candidate assembly: a public, non-abstract class implementing one of
/// the kit's contracts (<see cref="Contract"/>) with a constructor the kit can call, and what its
/// <see cref="DaxCandidateAttribute"/> says.
/// </summary>
/// <param name="Name">The name reports use (the class name, or its full name when two share it).</param>
/// <param name="TypeName">The reflection name the worker loads (<c>Namespace.Outer+Inner</c>).</param>
/// <param name="TakesCapacity">True for a <c>(SimulatedKernel, long)</c> constructor, false for <c>(SimulatedKernel)</c> (drivers only).</param>
/// <param name="DeclaredEra">The era the attribute names, or null.</param>
/// <param name="CapacitySectors">The size passed to a <c>(SimulatedKernel, long)</c> constructor.</param>
/// <param name="Capabilities">What the kit may do to the device beyond I/O and direct_access.</param>
public sealed record CandidateType(string Name, string TypeName, bool TakesCapacity, Era? DeclaredEra, long CapacitySectors,
    ProfileCapabilities Capabilities)
{
    /// <summary>The contract the type implements (default: a driver).</summary>
    public CandidateContract Contract { get; init; } = CandidateContract.Driver;

    /// <summary>True when the attribute set <see cref="CapacitySectors"/>; otherwise user-level runs use the smaller <see cref="UserProfiles.DefaultSectors"/>.</summary>
    public bool CapacityDeclared { get; init; }

    /// <summary>The era to check in: the one asked for, else the declared one, else <see cref="EraRules.Default"/>.</summary>
    public Era EraFor(Era? requested) => requested ?? DeclaredEra ?? EraRules.Default;

    /// <summary>
    /// The size a driver is built with under the raw-bdev layer: the declared one, else
    /// <see cref="UserProfiles.DefaultSectors"/> (16 pages, so sequences revisit pages), as the reference user profiles do.
    /// </summary>
    public long UserCapacitySectors => CapacityDeclared || !TakesCapacity ? CapacitySectors : UserProfiles.DefaultSectors;
}
