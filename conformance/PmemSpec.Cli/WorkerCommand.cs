using System.CommandLine;
using PmemSpec.Conformance.Isolation;

namespace PmemSpec.Cli;

/// <summary>
/// <c>pmemspec __worker REQUEST</c> (hidden): the child process of an isolated check. Protocol lines
/// go to the real stdout; anything the candidate prints goes to stderr.
/// </summary>
internal static class WorkerCommand
{
    public const string Name = "__worker";

    public static Command Create(TextWriter output)
    {
        var request = new Argument<string>("REQUEST") { Description = "The request file the kit wrote." };
        var command = new Command(Name, "Run one candidate for the kit (internal).") { request };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            Console.SetOut(Console.Error);
            return IsolationWorker.Run(parse.GetValue(request)!, output);
        });
        return command;
    }
}
