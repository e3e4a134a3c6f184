using System.Globalization;

namespace PmemSpec.Conformance.Reports;

/// <summary>The parts of a <see cref="ReproductionTest"/> that differ for a user-level (raw block-device DAX) row.</summary>
internal static class UserReproduction
{
    /// <summary>
    /// The <c>UserProfile</c> expression: a reference user profile by name; a fault handler over the
    /// reference driver it ran over; a driver under the reference raw-bdev layer with its size and entry kind.
    /// </summary>
    public static string Profile(CandidateResult candidate)
    {
        var run = candidate.UserLevel!;
        var name = ReproductionTest.Literal(candidate.Name);
        if (candidate.TypeName is null) return Find(candidate.Name);
        if (run.FaultHandler)
            return $"{Find(run.Over ?? "")} with {{ Name = {name}, Open = (mm, bdev) => new global::{candidate.TypeName}(mm, bdev) }}";
        var sectors = candidate.Profile.CapacitySectors.ToString(CultureInfo.InvariantCulture);
        return $"new UserProfile({name}, {sectors}, \"\", k => new global::{candidate.TypeName}(k, {sectors}), DevmapEntries: {(run.DevmapEntries ? "true" : "false")})";
    }

    public static string Invariants(CheckReport run) => run.Options.Invariants is { Count: > 0 } filter
        ? $"UserInvariantCatalogue.Select([{string.Join(", ", filter.Select(ReproductionTest.Literal))}])"
        : "UserInvariantCatalogue.All";

    private static string Find(string profile)
    {
        var missing = ReproductionTest.Literal($"'{profile}' is not a reference user profile: build the candidate's UserProfile here");
        return $"(UserProfiles.Find({ReproductionTest.Literal(profile)}) ?? throw new System.InvalidOperationException({missing}))";
    }
}
