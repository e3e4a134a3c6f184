namespace PmemSpec.Conformance.Reports;

/// <summary>
/// How a user-level (raw block-device DAX) row of a report was built, so its reproduction test
/// builds the same configuration: a driver under the reference raw-bdev layer, or a fault handler
/// over the reference driver of <see cref="Over"/>.
/// </summary>
/// <param name="FaultHandler">The candidate type is the raw-bdev layer (built as <c>new Type(mm, bdev)</c>), not the driver.</param>
/// <param name="Over">For a fault handler: the reference user profile whose driver it runs over; else null.</param>
/// <param name="DevmapEntries">For a candidate driver: its raw-DAX entries are devmap (struct pages).</param>
public sealed record UserLevelRun(bool FaultHandler, string? Over, bool DevmapEntries = false);
