using System.CommandLine;
using PmemSpec.Conformance.Runner;
using PmemSpec.Invariants;
using PmemSpec.Operations;
using PmemSpec.Reference;

namespace PmemSpec.Cli;

/// <summary><c>pmemspec replay FILE</c>: reruns a saved sequence; exit 1 when it still breaks an invariant, 0 when not.</summary>
internal static class ReplayCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A sequence file (the replay text of a counterexample)." };
        var profile = new Option<string?>("--profile") { Description = "The reference profile to replay on (default: the file's 'profile:' header)." };
        var command = new Command("replay", "Replay a saved operation sequence against a reference profile.") { file, profile };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(profile), output, error));
        return command;
    }

    private static int Run(FileInfo file, string? profileName, TextWriter output, TextWriter error)
    {
        if (!file.Exists) return CliOptions.Fail(error, $"no such file: {file.FullName}");
        OpSequence sequence;
        try
        {
            sequence = SequenceText.Parse(File.ReadAllText(file.FullName), file.Name);
        }
        catch (FormatException e)
        {
            return CliOptions.Fail(error, e.Message);
        }
        var name = profileName ?? sequence.Profile;
        if (name is null) return CliOptions.Fail(error, $"{file.Name}: no 'profile:' header; pass --profile");
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
