using PmemSpec.Conformance.Mutants;
using PmemSpec.Conformance.User;
using PmemSpec.Reference;

namespace PmemSpec.Bench;

/// <summary>Everything one benchmark run measured.</summary>
/// <param name="Options">What was run.</param>
/// <param name="Profiles">One row per reference profile.</param>
/// <param name="User">One row per user-level reference profile.</param>
/// <param name="Mutants">One row per mutant.</param>
internal sealed record BenchReport(BenchOptions Options, IReadOnlyList<ProfileFigures> Profiles, IReadOnlyList<UserFigures> User,
    IReadOnlyList<MutantFigures> Mutants)
{
    /// <summary>Measures the profiles, then the user-level profiles, then the mutants.</summary>
    /// <remarks>Context: single-threaded; allocates freely; takes seconds to minutes.</remarks>
    /// <exception cref="ArgumentException">An unknown profile name.</exception>
    public static BenchReport Run(BenchOptions options, IEnumerable<KnownMutant> mutants)
    {
        var profiles = options.Profiles.Select(n => ReferenceProfiles.Find(n) ?? throw new ArgumentException($"unknown profile '{n}'", nameof(options)));
        var figures = profiles.Select(p => ProfileBench.Measure(p, options)).ToList();
        var user = UserProfiles.All.Select(p => UserBench.Measure(p, options)).ToList();
        return new BenchReport(options, figures, user, MutantBench.Measure(mutants, options));
    }

    /// <summary>True when every mutant was killed by the invariant it must be.</summary>
    public bool AllKilledAsExpected => Mutants.All(m => m.KilledAsExpected);
}
