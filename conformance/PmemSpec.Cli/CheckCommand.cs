using System.CommandLine;
using PmemSpec.Reference;

namespace PmemSpec.Cli;

/// <summary><c>pmemspec check</c>: runs the driver self-checks over the reference profiles.</summary>
internal static class CheckCommand
{
    /// <summary>Builds the command; the table goes to <paramref name="output"/>, usage errors to <paramref name="error"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var profile = new Option<string[]>("--profile")
        {
            Description = "Check only these reference profiles (repeatable). Default: all.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("check", "Check the built-in reference drivers; exit 0 when all conform, 1 on a violation, 2 on bad input.");
        command.Options.Add(profile);
        command.SetAction(parse => Run(parse.GetValue(profile) ?? [], output, error));
        return command;
    }

    private static int Run(string[] names, TextWriter output, TextWriter error)
    {
        var unknown = names.Where(n => ReferenceProfiles.Find(n) is null).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"error: unknown profile '{unknown[0]}'; known: {string.Join(", ", ReferenceProfiles.All.Select(p => p.Name))}");
            return 2;
        }
        var profiles = names.Length == 0 ? ReferenceProfiles.All : names.Select(n => ReferenceProfiles.Find(n)!).ToList();
        return SelfCheckTable.Write(profiles, output);
    }
}
