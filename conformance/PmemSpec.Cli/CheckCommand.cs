using System.CommandLine;
using PmemSpec.Conformance.Runner;
using PmemSpec.Invariants;

namespace PmemSpec.Cli;

/// <summary><c>pmemspec check</c>: the device conformance suite over the reference profiles.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var profile = CliOptions.Profile();
        var seed = new Option<ulong>("--seed") { Description = "Run seed; the same seed gives the same result.", DefaultValueFactory = _ => 1 };
        var sequences = new Option<int>("--sequences") { Description = "Sequences per profile.", DefaultValueFactory = _ => 1000 };
        var maxOps = new Option<int>("--max-ops") { Description = "Operations per sequence at most.", DefaultValueFactory = _ => 100 };
        var invariant = new Option<string[]>("--invariant") { Description = "Check only these invariant IDs or families (repeatable).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("check", "Run the device conformance suite over the reference drivers; exit 0 when all conform, 1 on a violation, 2 on bad input.")
        {
            profile, seed, sequences, maxOps, invariant,
        };
        command.SetAction(parse =>
        {
            var profiles = CliOptions.Profiles(parse.GetValue(profile) ?? [], error);
            if (profiles is null) return 2;
            var filter = parse.GetValue(invariant) ?? [];
            InvariantCatalogue.Select(filter, out var unknown);
            if (unknown.Count > 0) return CliOptions.Fail(error, $"unknown invariant or family '{unknown[0]}' (see 'pmemspec list')");
            if (parse.GetValue(sequences) < 1 || parse.GetValue(maxOps) < 1) return CliOptions.Fail(error, "--sequences and --max-ops must be at least 1");
            var options = new RunOptions(parse.GetValue(seed), parse.GetValue(sequences), parse.GetValue(maxOps), filter);
            return CheckTable.Write(profiles, options, output);
        });
        return command;
    }
}
