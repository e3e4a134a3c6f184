using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;
using PmemSpec.Invariants;

namespace PmemSpec.Conformance.Reports;

/// <summary>One candidate in a report: what it is, the profile it was checked as, the result, and the invariants checked.</summary>
/// <param name="Name">The candidate's name for people (a reference profile name, a type or file name).</param>
/// <param name="Profile">The profile it was checked as (its era, size and capabilities go into the reproduction test).</param>
/// <param name="Report">What the runner found.</param>
/// <param name="Checked">The invariants checked for it: the run's filter, those that hold in its era, in evaluation order.</param>
public sealed record CandidateResult(string Name, DeviceProfile Profile, ProfileReport Report, IReadOnlyList<Invariant> Checked)
{
    private readonly string? source;

    /// <summary>
    /// The full name of the candidate's device type, when known; the reproduction test then builds it
    /// as <c>new Type(kernel, sectors)</c>. Null for a reference profile (found by name instead).
    /// </summary>
    public string? TypeName { get; init; }

    /// <summary>Where the candidate came from: a relative path or an assembly file name, never an absolute path.</summary>
    /// <exception cref="ArgumentException">When set to an absolute path (reports must not depend on the machine).</exception>
    public string? Source
    {
        get => source;
        init => source = value is not null && (Path.IsPathRooted(value) || value.Contains(":\\", StringComparison.Ordinal))
            ? throw new ArgumentException($"the candidate source must be relative, not '{value}'", nameof(value))
            : value;
    }

    /// <summary>For a user-level (raw block-device DAX) row: how it was built; null for a device row.</summary>
    public UserLevelRun? UserLevel { get; init; }

    /// <summary>How the counterexample showed itself; meaningful only when there is one.</summary>
    public CounterexampleKind Kind { get; init; } = CounterexampleKind.Violation;

    /// <summary>
    /// A result for a profile checked with <paramref name="options"/>: the checked invariants are the
    /// options' filter narrowed to those that hold in the report's era.
    /// </summary>
    public static CandidateResult For(string name, DeviceProfile profile, ProfileReport report, RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var selected = InvariantCatalogue.Select(options.Invariants ?? [], out _);
        return new CandidateResult(name, profile, report, selected.Where(i => i.HoldsIn(report.Era)).ToList());
    }
}
