using PmemSpec.Conformance.Isolation;

namespace PmemSpec.Cli;

/// <summary>How this CLI starts its own worker: <c>dotnet &lt;path of pmemspec.dll&gt; __worker</c>, wherever it runs from (even inside a test host).</summary>
internal static class SelfLaunch
{
    public static WorkerLaunch Worker() => new(DotnetHost(), [typeof(SelfLaunch).Assembly.Location, WorkerCommand.Name]);

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return host is { Length: > 0 } && File.Exists(host) ? host : "dotnet";
    }
}
