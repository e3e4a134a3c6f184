using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.User;
using PmemSpec.Dax;
using PmemSpec.Invariants;
using PmemSpec.Invariants.User;
using PmemSpec.Reference;

namespace PmemSpec.Cli;

/// <summary>
/// One row of <c>check</c>'s table: a reference device profile run by the device runner, or a
/// user-level profile (a reference driver behind raw block-device DAX) run by the user runner.
/// </summary>
internal sealed class CheckTarget
{
    private readonly Func<RunOptions, SequenceObserver, ProfileReport> run;
    private readonly Func<RunOptions, IReadOnlyList<Invariant>> rules;
    private readonly UserLevelRun? userLevel;

    private CheckTarget(string name, DeviceProfile device, Func<RunOptions, SequenceObserver, ProfileReport> run, Func<RunOptions, IReadOnlyList<Invariant>> rules,
        UserLevelRun? userLevel = null)
    {
        this.userLevel = userLevel;
        Name = name;
        Device = device;
        this.run = run;
        this.rules = rules;
    }

    public string Name { get; }

    /// <summary>The device the row checks (for a user profile: its driver, in its era).</summary>
    public DeviceProfile Device { get; }

    /// <summary>Every target: the reference device profiles, then the user-level ones.</summary>
    public static IReadOnlyList<CheckTarget> All { get; } = [.. ReferenceProfiles.All.Select(Of), .. UserProfiles.All.Select(Of)];

    /// <summary>The target named <paramref name="name"/>, or null.</summary>
    public static CheckTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>The invariants the run's filter selects for this target, in its era.</summary>
    public IReadOnlyList<Invariant> Rules(RunOptions options) => [.. rules(options).Where(i => i.HoldsIn(Device.Era))];

    /// <summary>Runs the suite; <paramref name="observer"/> hears of every sequence run.</summary>
    public ProfileReport Check(RunOptions options, SequenceObserver observer) => run(options, observer);

    /// <summary>The report entry of a finished check.</summary>
    public CandidateResult Result(ProfileReport report, RunOptions options) => new(Name, Device, report, Rules(options)) { UserLevel = userLevel };

    private static CheckTarget Of(DeviceProfile p) =>
        new(p.Name, p, (o, observer) => ConformanceRunner.Check(p, o, observer: observer), o => InvariantCatalogue.Select(o.Invariants ?? [], out _));

    private static CheckTarget Of(UserProfile p) =>
        new(p.Name, new DeviceProfile(p.Name, p.Era, p.CapacitySectors, p.Description, p.Driver) { PartitionStart = p.PartitionStart },
            (o, observer) => UserConformanceRunner.Check(p, o, observer), o => [.. UserInvariantCatalogue.Select(o.Invariants ?? []).Select(u => u.Rule)],
            new UserLevelRun(false, null, p.DevmapEntries));
}
