using System.CommandLine;
using PmemSpec.Dax;
using PmemSpec.Reference;

namespace PmemSpec.Cli;

/// <summary>Options and checks shared by several commands.</summary>
internal static class CliOptions
{
    public static Option<string[]> Profile() => new("--profile")
    {
        Description = $"Reference profiles to use (repeatable): {string.Join(", ", ReferenceProfiles.All.Select(p => p.Name))}. Default: all.",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The named profiles (all when none named), or null after printing which name is unknown.</summary>
    public static IReadOnlyList<DeviceProfile>? Profiles(string[] names, TextWriter error)
    {
        var unknown = names.FirstOrDefault(n => ReferenceProfiles.Find(n) is null);
        if (unknown is null) return names.Length == 0 ? ReferenceProfiles.All : names.Select(n => ReferenceProfiles.Find(n)!).ToList();
        Fail(error, $"unknown profile '{unknown}'; known: {string.Join(", ", ReferenceProfiles.All.Select(p => p.Name))}");
        return null;
    }

    public static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return 2;
    }
}
