using System.CommandLine;

namespace PmemSpec.Cli;

/// <summary><c>pmemspec selfcheck</c>: the fixed battery of driver self-checks (fast smoke test).</summary>
internal static class SelfCheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var profile = CliOptions.Profile();
        var command = new Command("selfcheck", "Run the fixed driver self-checks over the reference drivers (exit 0 all pass, 1 otherwise).") { profile };
        command.SetAction(parse =>
        {
            var profiles = CliOptions.Profiles(parse.GetValue(profile) ?? [], error);
            return profiles is null ? 2 : SelfCheckTable.Write(profiles, output);
        });
        return command;
    }
}
