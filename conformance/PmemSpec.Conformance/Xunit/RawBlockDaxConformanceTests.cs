using Xunit;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.User;
using PmemSpec.Invariants.User;

namespace PmemSpec.Conformance.Xunit;

/// <summary>
/// What the two raw block-device DAX conformance classes share: one row per user invariant, each
/// running the user-level shrinking runner with that invariant alone over generated sequences of
/// mmap, loads, stores, fork, ptrace, O_DIRECT, pins, poison, resize and removal. A violation fails
/// the row with its minimal counterexample; a declared deviation, or a rule that cannot apply (the
/// page-less rules on a device with struct pages and the other way round), is reported as skipped.
/// Subclass <see cref="RawBlockDaxDriverConformanceTests"/> or <see cref="RawBlockDaxFaultHandlerConformanceTests"/>.
/// </summary>
/// <remarks>Context: rows are independent; each builds fresh machines. Defaults can be raised through
/// <c>PMEMSPEC_SEED</c>, <c>PMEMSPEC_SEQUENCES</c> and <c>PMEMSPEC_MAX_OPS</c>.</remarks>
public abstract class RawBlockDaxConformanceTests
{
    private protected RawBlockDaxConformanceTests()
    {
    }

    /// <summary>The name reports use (default: the test class name).</summary>
    protected virtual string Name => GetType().Name;

    /// <summary>Invariant ID → why the implementation deviates. Those rows are reported as skipped.</summary>
    protected virtual IReadOnlyDictionary<string, string> KnownDeviations { get; } = new Dictionary<string, string>();

    /// <summary>How much each row tries; see the class remarks for the environment overrides.</summary>
    protected virtual RunOptions Options => ConformanceEnvironment.Options(new RunOptions(Seed: 1, Sequences: 100, MaxOps: 50));

    /// <summary>The user invariant IDs, as theory rows.</summary>
    public static TheoryData<string> UserInvariants => [.. UserInvariantCatalogue.All.Select(i => i.Id)];

    /// <summary>Checks one user invariant against <paramref name="profile"/>: skipped when declared a deviation or not applicable, failed with the minimal counterexample when broken.</summary>
    /// <exception cref="KnownDeviationException">The invariant is a declared deviation.</exception>
    /// <exception cref="NotApplicableException">The invariant cannot apply.</exception>
    /// <exception cref="ConformanceViolationException">The invariant is broken.</exception>
    private protected void Check(UserProfile profile, string invariantId)
    {
        ConformanceSkip.IfKnownDeviation(KnownDeviations, invariantId);
        var invariant = UserInvariantCatalogue.Find(invariantId) ?? throw new ArgumentException($"no user invariant {invariantId}", nameof(invariantId));
        if (WhyNot(invariant, profile) is { } why) throw new NotApplicableException(invariant.Id, why);
        var report = UserConformanceRunner.Check(profile, Options with { Invariants = [invariant.Id] });
        if (report.Counterexample is { } cx) throw new ConformanceViolationException(cx);
    }

    private static string? WhyNot(UserInvariant invariant, UserProfile profile)
    {
        if (!invariant.Rule.HoldsIn(profile.Era)) return $"{invariant.Id} holds in {invariant.Rule.Eras}; this device is checked in {profile.Era.Display()}";
        return invariant.Id switch
        {
            "PAGE-101" or "PAGE-102" when profile.DevmapEntries => $"{invariant.Id} applies only to page-less (special) entries; this device's are devmap",
            "PAGE-103" when !profile.DevmapEntries => "PAGE-103 applies only to devmap entries (struct pages); this device's are special",
            _ => null,
        };
    }
}
