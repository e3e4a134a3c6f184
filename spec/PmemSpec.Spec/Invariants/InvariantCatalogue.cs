namespace PmemSpec.Invariants;

/// <summary>
/// Every invariant the kit checks, in the order they are evaluated for a step: the caller's own
/// violation and exceptions first, then the wrapper's contract, then the device's rules. Reports
/// cite the first one a step breaks.
/// </summary>
public static class InvariantCatalogue
{
    /// <summary>All invariants, in evaluation order.</summary>
    public static IReadOnlyList<Invariant> All { get; } =
    [
        .. BoundaryInvariants.All().Concat(SleepInvariants.All().Where(i => i.Id == "SLEEP-003")),
        .. DaxArgInvariants.All(),
        .. SleepInvariants.All().Where(i => i.Id != "SLEEP-003"),
        .. PageInvariants.All(),
        .. StabilityInvariants.All(),
        .. BlockInvariants.All(),
    ];

    /// <summary>The invariant with this ID, or null.</summary>
    public static Invariant? Find(string id) => All.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Invariants selected by IDs or family names (<c>DAXARG-001</c>, <c>SLEEP</c>); everything when
    /// the filter is empty. Unknown names are returned in <paramref name="unknown"/>.
    /// </summary>
    public static IReadOnlyList<Invariant> Select(IEnumerable<string> filter, out IReadOnlyList<string> unknown)
    {
        var names = filter.ToList();
        unknown = names.Where(n => Find(n) is null && !Enum.TryParse<InvariantFamily>(n, ignoreCase: true, out _)).ToList();
        if (names.Count == 0) return All;
        return All.Where(i => names.Any(n => string.Equals(n, i.Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(n, i.Family.ToString(), StringComparison.OrdinalIgnoreCase))).ToList();
    }
}
