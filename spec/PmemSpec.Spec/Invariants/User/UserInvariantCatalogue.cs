namespace PmemSpec.Invariants.User;

/// <summary>
/// The user-level invariants over raw block-device DAX (mmap of the device itself, v4.6; domain
/// §7–§10): IDs 1xx in the device families. In evaluation order: exceptions, sleeping and locking,
/// the struct-page rules, poison, then mapping stability and data. Reports cite the first one a
/// step breaks. Separate from <see cref="InvariantCatalogue"/>, whose list is the device suite's.
/// </summary>
public static class UserInvariantCatalogue
{
    /// <summary>The era raw block-device DAX mmap exists in.</summary>
    public static EraRange RawBlockDax => new(Era.V4_6, Era.V4_6);

    /// <summary>All user invariants, in evaluation order.</summary>
    public static IReadOnlyList<UserInvariant> All { get; } =
    [
        .. UserSleepInvariants.All(),
        .. UserRemovalInvariants.All(),
        .. UserPageInvariants.All(),
        .. UserStabilityInvariants.All(),
    ];

    /// <summary>The invariant with this ID, or null.</summary>
    public static UserInvariant? Find(string id) => All.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Invariants selected by IDs or family names; everything when the filter is empty. Names matching nothing here are ignored.</summary>
    public static IReadOnlyList<UserInvariant> Select(IEnumerable<string> filter)
    {
        var names = filter.ToList();
        if (names.Count == 0) return All;
        return All.Where(i => names.Any(n => string.Equals(n, i.Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(n, i.Rule.Family.ToString(), StringComparison.OrdinalIgnoreCase))).ToList();
    }
}
