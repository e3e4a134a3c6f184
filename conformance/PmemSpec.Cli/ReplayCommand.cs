using System.CommandLine;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.User;
using PmemSpec.Invariants;
using PmemSpec.Operations;
using PmemSpec.Reference;

namespace PmemSpec.Cli;

/// <summary><c>pmemspec replay FILE</c>: reruns a saved sequence; exit 1 when it still breaks an invariant, 0 when not.</summary>
internal static class ReplayCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A sequence file (the replay text of a counterexample), or a JSON report (pmemspec-report.json) whose violations all replay." };
        var target = new Argument<string?>("PATH") { Description = "The candidate to replay on (as for 'check'); without it, a reference profile.", Arity = ArgumentArity.ZeroOrOne };
        var profile = new Option<string?>("--profile") { Description = "The reference profile (or, with a candidate, the candidate) to replay on (default: the file's 'profile:' header)." };
        var candidate = new Option<string?>("--candidate") { Description = "Replay on a candidate instead (PATH as for 'check'), in a child process with the default limits." };
        var command = new Command("replay", "Replay a saved operation sequence or a JSON report against a reference profile or a candidate; exit 1 while a violation still occurs, 0 once it is gone.")
        {
            file, target, profile, candidate,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) return CliOptions.Fail(error, $"no such file: {path.FullName}");
            var candidatePath = parse.GetValue(target) ?? parse.GetValue(candidate);
            if (path.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase)) return ReportReplay.Run(path, candidatePath, output, error);
            OpSequence sequence;
            try
            {
                sequence = SequenceText.Parse(File.ReadAllText(path.FullName), path.Name);
            }
            catch (FormatException e)
            {
                return CliOptions.Fail(error, e.Message);
            }
            return candidatePath is not null
                ? CandidateReplay.Run(candidatePath, sequence, parse.GetValue(profile), output, error)
                : Run(sequence, path.Name, parse.GetValue(profile), output, error);
        });
        return command;
    }

    /// <summary>Replays <paramref name="sequence"/> on a reference profile: 1 when it still breaks an invariant, 0 when not, 2 on a bad profile.</summary>
    public static int Run(OpSequence sequence, string fileName, string? profileName, TextWriter output, TextWriter error)
    {
        var name = profileName ?? sequence.Profile;
        if (name is null) return CliOptions.Fail(error, $"{fileName}: no 'profile:' header; pass --profile");
        if (UserProfiles.Find(name) is { } user) return UserReplay.Run(user, sequence, output);
        if (ReferenceProfiles.Find(name) is not { } profile) return CliOptions.Fail(error, $"unknown profile '{name}'");
        if (sequence.Era is { } era && era != profile.Era) profile = profile with { Era = era };
        var run = SequenceRunner.Run(profile, sequence.Ops, InvariantCatalogue.All);
        for (var i = 0; i < run.Executed.Count; i++)
            output.WriteLine($"{(i == run.FailingStep ? ">" : " ")} {i,3}  {run.Executed[i]}  => {run.Outcomes.ElementAtOrDefault(i)}");
        if (run.Passed)
        {
            output.WriteLine($"no violation: {run.Executed.Count} operations conform on {profile.Name} ({profile.Era.Display()})");
            return 0;
        }
        output.WriteLine($"violation {run.Broken!.Id}: {run.Broken.Statement}");
        output.WriteLine($"  expected: {run.Failure!.Expected}");
        output.WriteLine($"  actual:   {run.Failure.Actual}");
        return 1;
    }
}
