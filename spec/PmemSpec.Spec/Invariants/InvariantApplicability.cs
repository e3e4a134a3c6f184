using PmemSpec.Dax;
using PmemSpec.Model;

namespace PmemSpec.Invariants;

/// <summary>
/// Whether an invariant can say anything about a device: its era, and the trait or capability its
/// check looks for (a lazy-allocation rule is vacuous on pmem; a badblocks rule needs a device that
/// consults badblocks). A rule that cannot apply is reported as skipped with this reason, never as
/// a silent pass.
/// </summary>
public static class InvariantApplicability
{
    private static readonly Dictionary<string, (string When, Func<DeviceFacts, bool> Holds)> Needs = new()
    {
        ["DAXARG-004"] = ("the device does not support DAX", f => !f.DaxSupported),
        ["DAXARG-008"] = ("the device can be removed (kill_dax)", f => f.Capabilities.HasFlag(ProfileCapabilities.Removal)),
        ["DAXARG-011"] = ("the driver allocates lazily", f => f.IsLazy),
        ["DAXARG-012"] = ("the driver is linear (does not allocate lazily)", f => f.IsLinear),
        ["DAXARG-013"] = ("the device consults badblocks", f => f.Capabilities.HasFlag(ProfileCapabilities.Badblocks)),
        ["DAXARG-014"] = ("the device consults badblocks", f => f.Capabilities.HasFlag(ProfileCapabilities.Badblocks)),
        ["BLK-004"] = ("the driver allocates lazily", f => f.IsLazy),
        ["BLK-007"] = ("the device is read-only", f => f.ReadOnly),
        ["BLK-009"] = ("the device consults badblocks", f => f.Capabilities.HasFlag(ProfileCapabilities.Badblocks)),
        ["BLK-011"] = ("the device accepts only page-granular bios", f => f.Capabilities.HasFlag(ProfileCapabilities.PageGranularIo)),
        ["BLK-012"] = ("the driver allocates lazily", f => f.IsLazy),
        ["BLK-013"] = ("the driver allocates lazily", f => f.IsLazy),
        ["SLEEP-001"] = ("the driver declares NeverSleeps", f => f.Traits.HasFlag(DaxTraits.NeverSleeps)),
        ["SLEEP-002"] = ("the driver declares NeverSleeps", f => f.Traits.HasFlag(DaxTraits.NeverSleeps)),
        ["SLEEP-006"] = ("the driver allocates lazily", f => f.IsLazy),
    };

    /// <summary>Null when <paramref name="invariant"/> applies to the device, else why it cannot.</summary>
    /// <remarks>Context: pure; allocates only the reason string.</remarks>
    public static string? WhyNot(Invariant invariant, DeviceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(invariant);
        ArgumentNullException.ThrowIfNull(facts);
        if (!invariant.HoldsIn(facts.Era)) return $"{invariant.Id} holds in {invariant.Eras}; this device is checked in {facts.Era.Display()}";
        if (Needs.TryGetValue(invariant.Id, out var need) && !need.Holds(facts)) return $"{invariant.Id} applies only when {need.When}";
        return null;
    }

    /// <summary>The condition beyond its eras under which <paramref name="invariant"/> applies, or null when it always does.</summary>
    public static string? Condition(Invariant invariant) =>
        Needs.TryGetValue(invariant?.Id ?? throw new ArgumentNullException(nameof(invariant)), out var need) ? need.When : null;
}
