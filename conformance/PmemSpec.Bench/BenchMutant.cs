using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.Tests.Mutants.DaxArg;
using PmemSpec.Conformance.Tests.Mutants.Device;
using PmemSpec.Dax;

namespace PmemSpec.Bench;

/// <summary>A mutant as the benchmark runs it: the profile, the caller (null for the spec's wrapper), the invariant that must kill it.</summary>
/// <param name="Name">The mutant's name in its catalogue.</param>
/// <param name="Profile">The profile to check.</param>
/// <param name="Caller">The mutant caller, or null.</param>
/// <param name="KilledBy">The invariant that must kill it.</param>
internal sealed record BenchMutant(string Name, DeviceProfile Profile, CallerFactory? Caller, string KilledBy)
{
    /// <summary>Every mutant of both catalogues (DAXARG/SLEEP/EXC, then BLK/STAB/PAGE).</summary>
    public static IReadOnlyList<BenchMutant> All() =>
    [
        .. DaxArgMutants.All.Select(m => new BenchMutant(m.Name, m.Profile, m.Caller, m.KilledBy)),
        .. DeviceMutants.All().Select(m => new BenchMutant(m.Name, m.Profile, null, m.KilledBy)),
    ];
}
