using System.CommandLine;
using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;
using PmemSpec.Invariants;
using PmemSpec.Invariants.User;

namespace PmemSpec.Cli;

/// <summary><c>pmemspec check [PATH]</c>: the device conformance suite over a candidate, or over the reference profiles.</summary>
internal static class CheckCommand
{
    private const string Description =
        "Run the conformance suites over a candidate (PATH) or, without PATH, the reference drivers: the device suite for a driver, "
        + "and in v4.6 the raw block-device DAX suite for a driver or a replacement fault handler; " +
        "exit 0 when all conform, 1 on a violation, 2 on bad input. Each candidate runs in child processes: " +
        "at most --time-limit seconds per sequence run (default 10), a GC heap of at most --memory-limit MiB (default 512), " +
        "and at most --shrink-runs child processes (default 24) to shrink a crash, hang, exit or out-of-memory.";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var profile = new Option<string[]>("--profile")
        {
            Description = $"Profiles to check (repeatable): {string.Join(", ", CheckTarget.All.Select(t => t.Name))}. Default: all "
                + "(the user-* ones run a reference driver behind raw block-device DAX with user mappings, v4.6). "
                + $"With PATH, the suites: {string.Join(", ", CandidateSelection.Known)} (default: every suite that applies; "
                + "'user' is a driver under the reference raw-bdev layer, or a fault handler over each reference driver, v4.6 only).",
            AllowMultipleArgumentsPerToken = true,
        };
        var seed = new Option<ulong>("--seed") { Description = "Run seed; the same seed gives the same result.", DefaultValueFactory = _ => 1 };
        var sequences = new Option<int>("--sequences") { Description = "Sequences per profile or candidate.", DefaultValueFactory = _ => 1000 };
        var maxOps = new Option<int>("--max-ops") { Description = "Operations per sequence at most.", DefaultValueFactory = _ => 100 };
        var invariant = new Option<string[]>("--invariant") { Description = "Check only these invariant IDs or families (repeatable).", AllowMultipleArgumentsPerToken = true };
        var candidate = new CandidateOptions();
        var scope = new RunScopeOptions();
        var reports = new ReportOptions();
        var command = new Command("check", Description)
        {
            candidate.Path, profile, seed, sequences, maxOps, invariant, candidate.TimeLimit, candidate.MemoryLimit, candidate.ShrinkRuns, candidate.Era,
            scope.Shard, scope.TimeBudget, reports.Report, reports.Format, reports.Quiet,
        };
        command.SetAction(parse =>
        {
            var filter = parse.GetValue(invariant) ?? [];
            InvariantCatalogue.Select(filter, out var unknown);
            if (unknown.FirstOrDefault(n => UserInvariantCatalogue.Find(n) is null) is { } name)
                return CliOptions.Fail(error, $"unknown invariant or family '{name}' (see 'pmemspec list')");
            if (parse.GetValue(sequences) < 1 || parse.GetValue(maxOps) < 1) return CliOptions.Fail(error, "--sequences and --max-ops must be at least 1");
            if (scope.Apply(parse, new RunOptions(parse.GetValue(seed), parse.GetValue(sequences), parse.GetValue(maxOps), filter), error) is not { } options) return 2;
            if (reports.Formats(parse, error) is not { } formats) return 2;
            var results = new List<CandidateResult>();
            var progress = Progress.For(error, parse.GetValue(reports.Quiet));
            var exit = Run(parse, options, candidate, profile, results, progress, output, error);
            if (exit == 2 || parse.GetValue(reports.Report) is not { } folder) return exit;
            var report = new CheckReport(ReportFiles.KitVersion, options, null, results);
            return ReportFiles.Write(report, folder, formats, output, error) ? exit : 2;
        });
        return command;
    }

    private static int Run(ParseResult parse, RunOptions options, CandidateOptions candidate, Option<string[]> profile,
        List<CandidateResult> results, Progress progress, TextWriter output, TextWriter error)
    {
        if (parse.GetValue(candidate.Path) is { } path)
        {
            return CandidateCheck.Run(path, parse, candidate, parse.GetValue(profile) ?? [], options, results, progress, output, error);
        }
        if (parse.GetValue(candidate.Era) is not null) return CliOptions.Fail(error, "--era applies to a candidate (PATH); reference profiles carry their own era");
        return Targets(parse.GetValue(profile) ?? [], options, error) is { } targets ? CheckTable.Write(targets, options, results, progress, output) : 2;
    }

    /// <summary>The named targets (all when none named) that the filter selects any invariant for, or null after printing why none.</summary>
    private static List<CheckTarget>? Targets(string[] names, RunOptions options, TextWriter error)
    {
        if (names.FirstOrDefault(n => CheckTarget.Find(n) is null) is { } unknown)
        {
            CliOptions.Fail(error, $"unknown profile '{unknown}'; known: {string.Join(", ", CheckTarget.All.Select(t => t.Name))}");
            return null;
        }
        var named = names.Length == 0 ? CheckTarget.All : [.. names.Select(n => CheckTarget.Find(n)!)];
        var targets = named.Where(t => t.Rules(options).Count > 0).ToList();
        if (targets.Count > 0) return targets;
        CliOptions.Fail(error, $"--invariant {string.Join(' ', options.Invariants ?? [])} selects no invariant that holds for {string.Join(", ", named.Select(t => t.Name))}");
        return null;
    }
}
