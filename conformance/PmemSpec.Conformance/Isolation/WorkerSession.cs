using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace PmemSpec.Conformance.Isolation;

/// <summary>One running worker process: its protocol lines with a timeout, its stderr, and killing it with its children.</summary>
internal sealed class WorkerSession : IDisposable
{
    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();

    private WorkerSession(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) lines.Writer.TryComplete();
            else lines.Writer.TryWrite(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) Stderr.Add(e.Data);
        };
    }

    public StderrTail Stderr { get; } = new();

    /// <summary>Starts <paramref name="launch"/> with the request file and the memory limit in its environment.</summary>
    public static WorkerSession Start(WorkerLaunch launch, string requestPath, int memoryLimitMiB)
    {
        var info = new ProcessStartInfo(launch.FileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in launch.Arguments) info.ArgumentList.Add(argument);
        info.ArgumentList.Add(requestPath);
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + ((long)memoryLimitMiB << 20).ToString("X", CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        info.Environment["DOTNET_EnableCrashReport"] = "0";
        var session = new WorkerSession(new Process { StartInfo = info });
        session.process.Start();
        session.process.BeginOutputReadLine();
        session.process.BeginErrorReadLine();
        return session;
    }

    /// <summary>The next protocol message; <c>Ended</c> when stdout closed, <c>TimedOut</c> when none came within <paramref name="timeout"/>.</summary>
    public (WorkerMessage? Message, bool Ended, bool TimedOut) Next(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                if (!lines.Reader.WaitToReadAsync(deadline.Token).AsTask().GetAwaiter().GetResult()) return (null, true, false);
                if (lines.Reader.TryRead(out var line) && WorkerProtocol.Parse(line) is { } message) return (message, false, false);
            }
        }
        catch (OperationCanceledException)
        {
            return (null, false, true);
        }
    }

    /// <summary>Waits for the process to end (after stdout closed or a kill) and returns its exit code.</summary>
    public int WaitForExit()
    {
        if (!process.WaitForExit(TimeSpan.FromSeconds(30))) Kill();
        process.WaitForExit();
        return process.ExitCode;
    }

    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
    }
}
