using PmemSpec.Model.User;

namespace PmemSpec.Generators.User;

/// <summary>The device a user sequence is drawn for: its size, the other disk's size, whether it has struct pages.</summary>
/// <param name="DevicePages">The raw device's pages.</param>
/// <param name="OtherPages">The other disk's pages.</param>
/// <param name="Devmap">Raw-DAX entries are devmap (pins work).</param>
internal sealed record UserGenTarget(long DevicePages, long OtherPages, bool Devmap)
{
    public static UserGenTarget Of(UserFacts facts) => new(facts.DevicePages, facts.OtherPages, facts.DevmapEntries);
}
