using PmemSpec.Conformance.Mutants.DaxArg;
using PmemSpec.Conformance.Mutants.Device;

namespace PmemSpec.Conformance.Mutants;

/// <summary>Every mutant of the kit, and the invariants no mutant can break with the reason why.</summary>
public static class MutantCatalogue
{
    /// <summary>The DAXARG/SLEEP/EXC mutants, then the BLK/STAB/PAGE ones.</summary>
    public static IReadOnlyList<KnownMutant> All { get; } =
    [
        .. DaxArgMutants.All.Select(m => new KnownMutant(m.Name, m.KilledBy, m.Profile, m.Caller)),
        .. DeviceMutants.All().Select(m => new KnownMutant(m.Name, m.KilledBy, m.Profile, null)),
    ];

    /// <summary>Invariant ID → why no driver or caller mutant can break it.</summary>
    public static IReadOnlyDictionary<string, string> Unkillable { get; } =
        DaxArgMutants.Unkillable.Concat(DeviceMutants.Unkillable).ToDictionary(p => p.Key, p => p.Value);

    /// <summary>The first mutant killed by <paramref name="invariantId"/>, or null.</summary>
    public static KnownMutant? For(string invariantId) =>
        All.FirstOrDefault(m => string.Equals(m.KilledBy, invariantId, StringComparison.OrdinalIgnoreCase));
}
