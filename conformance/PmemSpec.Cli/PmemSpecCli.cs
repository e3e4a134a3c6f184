using System.CommandLine;

namespace PmemSpec.Cli;

/// <summary>The <c>pmemspec</c> command tree; <see cref="Run"/> is what the process entry point calls.</summary>
public static class PmemSpecCli
{
    /// <summary>Parses and runs; returns the exit code (0 conforms, 1 violations, 2 usage error).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("PmemSpec: conformance kit for Linux persistent-memory block devices and DAX.");
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(ListCommand.Create(output, error));
        root.Subcommands.Add(ExplainCommand.Create(output, error));
        root.Subcommands.Add(ReplayCommand.Create(output, error));
        root.Subcommands.Add(SelfCheckCommand.Create(output, error));
        root.Subcommands.Add(WorkerCommand.Create(output));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) error.WriteLine($"error: {e.Message}");
            return 2;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
