using System.CommandLine;
using System.Text.Json;
using PmemSpec.Invariants;
using PmemSpec.Invariants.User;

namespace PmemSpec.Cli;

/// <summary><c>pmemspec list</c>: the invariant catalogue, one per line (or JSON).</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("list", "List the invariant catalogue: ID, family, eras, statement, source.") { format };
        command.SetAction(parse =>
        {
            var invariants = InvariantCatalogue.All.Concat(UserInvariantCatalogue.All.Select(u => u.Rule))
                .OrderBy(i => i.Family).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
            switch (parse.GetValue(format))
            {
                case "text":
                    foreach (var i in invariants) output.WriteLine($"{i.Id,-10} {i.Family,-6} {i.Eras,-9} {i.Statement} [{i.Source}]");
                    return 0;
                case "json":
                    var rows = invariants.Select(i => new { id = i.Id, family = i.Family.ToString(), eras = i.Eras.ToString(), statement = i.Statement, source = i.Source });
                    output.WriteLine(JsonSerializer.Serialize(rows, JsonOptions.Indented));
                    return 0;
                default:
                    return CliOptions.Fail(error, $"unknown format '{parse.GetValue(format)}' (text or json)");
            }
        });
        return command;
    }
}
