using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.SelfCheck;

/// <summary>
/// A fixed battery of checks a DAX driver must pass before the randomized conformance suite
/// runs: block round trip, holes read as zeros, the direct_access result contract, block/DAX
/// coherence, and the driver's declared traits. Each check runs on a fresh kernel.
/// </summary>
public static class DriverSelfCheck
{
    private static readonly (string Name, Func<DeviceUnderCheck, string?> Run)[] Checks =
    [
        ("block-roundtrip", BlockChecks.RoundTrip),
        ("unwritten-reads-zero", BlockChecks.UnwrittenReadsZero),
        ("dax-contract", DaxChecks.Contract),
        ("dax-block-coherence", DaxChecks.Coherence),
        ("trait-never-sleeps", TraitChecks.NeverSleeps),
        ("trait-page-backed", TraitChecks.PageBacked),
    ];

    /// <summary>Runs every check on fresh instances of the profile.</summary>
    public static IReadOnlyList<SelfCheckResult> Run(DeviceProfile profile) =>
        Checks.Select(c => RunOne(profile, c.Name, c.Run)).ToList();

    private static SelfCheckResult RunOne(DeviceProfile profile, string name, Func<DeviceUnderCheck, string?> check)
    {
        var device = new DeviceUnderCheck(profile);
        string? failure;
        try
        {
            failure = check(device);
        }
#pragma warning disable CA1031 // Do not catch general exception types — a throwing driver is a failed check, not a crashed kit.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = $"threw {e.GetType().Name}: {e.Message}";
        }
        var violations = device.Kernel.Violations.All;
        failure ??= violations.Count > 0 ? violations[0].ToString() : null;
        return new SelfCheckResult(name, failure is null, failure ?? "");
    }

    internal static string? Expect(bool condition, string message) => condition ? null : message;

    internal static IEnumerable<long> SamplePages(DeviceUnderCheck d) => new[] { 0, 1, d.Pages / 2, d.Pages - 1 }.Distinct();

    internal static KernelViolation? FirstViolationSince(DeviceUnderCheck d, long mark) =>
        d.Kernel.Violations.Since(mark).FirstOrDefault();
}
