namespace PmemSpec.Model.User;

/// <summary>What the user-level model knows about the raw DAX device under test and its machine.</summary>
/// <param name="Profile">The user profile's name.</param>
/// <param name="Era">The era checked (raw block-device DAX exists in v4.6).</param>
/// <param name="DevicePages">The partition's length in pages when opened.</param>
/// <param name="DevmapEntries">
/// The driver's pfns are PFN_DEV|PFN_MAP, so raw-DAX entries are devmap and get_user_pages works
/// on them; false for page-less memory and for brd, whose entries are special (domain §7.1).
/// </param>
/// <param name="OtherPages">Pages of the other disk O_DIRECT reads from and writes to.</param>
public sealed record UserFacts(string Profile, Era Era, long DevicePages, bool DevmapEntries, long OtherPages);
