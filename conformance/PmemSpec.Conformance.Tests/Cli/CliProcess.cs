using System.Diagnostics;
using PmemSpec.Cli;

namespace PmemSpec.Conformance.Tests.Cli;

/// <summary>Runs the real pmemspec CLI as a child process (<c>dotnet pmemspec.dll ...</c>, the host the CLI uses for its workers) from the test output folder.</summary>
internal static class CliProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var info = new ProcessStartInfo(SelfLaunch.Worker().FileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pmemspec.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"pmemspec {string.Join(' ', args)} ran over {Limit}: the kit hung");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
