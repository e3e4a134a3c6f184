using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.User;
using PmemSpec.Invariants;
using PmemSpec.Invariants.User;

namespace PmemSpec.Conformance.Candidates;

/// <summary>
/// One suite run on one candidate, a row of <c>check PATH</c>: the device suite on a driver
/// (<c>Name</c>), the raw block-device DAX suite on a driver under the reference raw-bdev layer
/// (<c>Name/user</c>), or on a fault handler over one reference driver (<c>Name/user-brd</c>).
/// </summary>
/// <param name="Candidate">The candidate type.</param>
/// <param name="UserLevel">True for the raw block-device DAX (user-level) suite.</param>
/// <param name="Over">For a fault handler: the reference user profile whose driver it runs over; else null.</param>
public sealed record CandidateSuite(CandidateType Candidate, bool UserLevel, UserProfile? Over)
{
    /// <summary>What <c>--profile</c> calls the device suite.</summary>
    public const string DeviceSuite = "device";

    /// <summary>What <c>--profile</c> calls the raw block-device DAX suite (every user-level row).</summary>
    public const string UserSuite = "user";

    /// <summary>The row's name: the profile name its sequences carry.</summary>
    public string Name => !UserLevel ? Candidate.Name : $"{Candidate.Name}/{Over?.Name ?? UserSuite}";

    /// <summary>The <c>--profile</c> names that select this row.</summary>
    public IReadOnlyList<string> SelectedBy => !UserLevel ? [DeviceSuite] : Over is { } over ? [UserSuite, over.Name] : [UserSuite];

    /// <summary>Every suite <paramref name="candidate"/> can run: a driver's device suite and (in v4.6) its raw-bdev suite; a handler's one row per reference driver.</summary>
    public static IEnumerable<CandidateSuite> For(CandidateType candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Contract == CandidateContract.FaultHandler) return UserProfiles.All.Select(p => new CandidateSuite(candidate, true, p));
        return [new CandidateSuite(candidate, false, null), new CandidateSuite(candidate, true, null)];
    }

    /// <summary>The era the row runs in: the device suite's as asked; the raw-bdev suite's is always v4.6.</summary>
    public Era EraFor(Era? requested) => UserLevel ? Era.V4_6 : Candidate.EraFor(requested);

    /// <summary>Why this row does not run in the era asked for, or null when it does (raw block-device DAX mmap exists only in v4.6, domain §8).</summary>
    public string? WhyNot(Era? requested)
    {
        if (!UserLevel) return null;
        var era = Candidate.Contract == CandidateContract.FaultHandler ? requested ?? Era.V4_6 : Candidate.EraFor(requested);
        return era == Era.V4_6 ? null : $"{Name}: raw block-device DAX mmap exists only in v4.6 (domain §8); {Candidate.Name} is checked in {era.Display()} (check it with --era v4.6)";
    }

    /// <summary>The invariants the row checks: the run's filter (IDs or families; all when empty), narrowed to those that hold in its era.</summary>
    public IReadOnlyList<Invariant> Rules(RunOptions options, Era? requested)
    {
        ArgumentNullException.ThrowIfNull(options);
        var era = EraFor(requested);
        var selected = UserLevel ? UserInvariantCatalogue.Select(options.Invariants ?? []).Select(u => u.Rule).ToList()
            : InvariantCatalogue.Select(options.Invariants ?? [], out _);
        return [.. selected.Where(i => i.HoldsIn(era))];
    }
}
