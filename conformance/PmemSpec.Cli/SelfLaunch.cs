using System.Runtime.InteropServices;
using PmemSpec.Conformance.Isolation;

namespace PmemSpec.Cli;

/// <summary>How this CLI starts its own worker: <c>dotnet &lt;path of pmemspec.dll&gt; __worker</c>, wherever it runs from (even inside a test host).</summary>
internal static class SelfLaunch
{
    public static WorkerLaunch Worker() => new(DotnetHost(), [typeof(SelfLaunch).Assembly.Location, WorkerCommand.Name]);

    /// <summary>The running dotnet host; else the SDK's DOTNET_HOST_PATH; else the host of the runtime this process runs on; else dotnet on PATH.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (host is { Length: > 0 } && File.Exists(host)) return host;
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var beside = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", name));
        return File.Exists(beside) ? beside : "dotnet";
    }
}
