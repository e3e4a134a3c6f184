using System.Diagnostics;
using System.Globalization;
using PmemSpec.Conformance.SelfCheck;
using PmemSpec.Dax;

namespace PmemSpec.Cli;

/// <summary>Runs the self-checks and prints one line per profile, then each failure.</summary>
internal static class SelfCheckTable
{
    /// <summary>Prints the table; returns the exit code (0 all conform, 1 otherwise).</summary>
    public static int Write(IReadOnlyList<DeviceProfile> profiles, TextWriter output)
    {
        output.WriteLine($"{"profile",-10} {"era",-5} {"checks",-7} {"result",-6} {"time",6}  description");
        var failed = 0;
        foreach (var profile in profiles)
        {
            var watch = Stopwatch.StartNew();
            var results = DriverSelfCheck.Run(profile);
            var ms = watch.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + "ms";
            var passed = results.Count(r => r.Passed);
            var ok = passed == results.Count;
            failed += ok ? 0 : 1;
            output.WriteLine($"{profile.Name,-10} {profile.Era.Display(),-5} {passed + "/" + results.Count,-7} {(ok ? "ok" : "FAIL"),-6} {ms,6}  {profile.Description}");
            foreach (var r in results.Where(r => !r.Passed))
                output.WriteLine($"    {r.Check}: {r.Detail}");
        }
        output.WriteLine($"{profiles.Count} profiles, {profiles.Count - failed} conform, {failed} with violations");
        return failed == 0 ? 0 : 1;
    }
}
