namespace PmemSpec.Conformance.Isolation;

/// <summary>In the worker: writes protocol lines to the kit, one at a time, flushed at once (the process may die next).</summary>
internal sealed class WorkerChannel(TextWriter output)
{
    private readonly Lock gate = new();

    public void Send(WorkerMessage message)
    {
        var line = WorkerProtocol.Line(message);
        lock (gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }
}
