using System.CommandLine;
using PmemSpec.Conformance.Mutants;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.Mutants.User;
using PmemSpec.Conformance.User;
using PmemSpec.Invariants;
using PmemSpec.Invariants.User;

namespace PmemSpec.Cli;

/// <summary>
/// <c>pmemspec explain ID</c>: one invariant in full — statement, family, eras, when it applies,
/// source — and an example violating sequence, found live by checking the kit's mutant for it.
/// </summary>
internal static class ExplainCommand
{
    private static readonly RunOptions ExampleRun = new(Seed: 1, Sequences: 500, MaxOps: 60);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("ID") { Description = "An invariant ID, e.g. DAXARG-011 (see 'pmemspec list')." };
        var command = new Command("explain", "Explain one invariant and show a sequence that violates it.") { id };
        command.SetAction(parse => Run(parse.GetValue(id)!, output, error));
        return command;
    }

    private static int Run(string id, TextWriter output, TextWriter error)
    {
        if ((InvariantCatalogue.Find(id) ?? UserInvariantCatalogue.Find(id)?.Rule) is not { } invariant)
            return CliOptions.Fail(error, $"unknown invariant '{id}' (see 'pmemspec list')");
        output.WriteLine($"{invariant.Id}  {invariant.Statement}");
        output.WriteLine($"  family:  {invariant.Family}");
        output.WriteLine($"  eras:    {invariant.Eras}");
        var user = UserInvariantCatalogue.Find(invariant.Id) is not null;
        output.WriteLine($"  applies: {(user ? "user mappings of a raw block-device DAX device" : InvariantApplicability.Condition(invariant) ?? "to every device")}");
        output.WriteLine($"  source:  {invariant.Source}");
        WriteExample(invariant, output);
        return 0;
    }

    private static void WriteExample(Invariant invariant, TextWriter output)
    {
        if (UserMutants.For(invariant.Id) is { } userMutant)
        {
            WriteExample(invariant, userMutant.Name, userMutant.Profile.Description, userMutant.Profile.Era, UserConformanceRunner.Check(userMutant.Profile, ExampleRun).Counterexample, output);
            return;
        }
        if (MutantCatalogue.For(invariant.Id) is not { } mutant)
        {
            var why = MutantCatalogue.Unkillable.TryGetValue(invariant.Id, out var reason) ? reason : "no mutant is recorded for it";
            output.WriteLine($"  example: none can be built: {why}");
            return;
        }
        WriteExample(invariant, mutant.Name, mutant.Profile.Description, mutant.Profile.Era, ConformanceRunner.Check(mutant.Profile, ExampleRun, mutant.Caller).Counterexample, output);
    }

    private static void WriteExample(Invariant invariant, string mutant, string description, Era era, Counterexample? cx, TextWriter output)
    {
        if (cx is null || cx.Invariant.Id != invariant.Id)
        {
            output.WriteLine($"  example: the mutant '{mutant}' was not caught by {invariant.Id} with seed {ExampleRun.Seed}");
            return;
        }
        output.WriteLine($"  example: '{mutant}' ({description}, era {era.Display()}) breaks it:");
        for (var i = 0; i < cx.Sequence.Ops.Count; i++)
            output.WriteLine($"    {(i == cx.FailingStep ? ">" : " ")} {i,3}  {cx.Sequence.Ops[i]}");
        output.WriteLine($"    expected: {cx.Expected}");
        output.WriteLine($"    actual:   {cx.Actual}");
    }
}
