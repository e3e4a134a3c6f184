namespace PmemSpec.Conformance.Isolation;

/// <summary>
/// Runs one worker process to its end under the limits: restarts the wall-clock limit at every
/// <c>start</c>, kills the process tree when a sequence overruns it, and classifies a process
/// that ends without <c>done</c>.
/// </summary>
internal static class WorkerRun
{
    public static WorkerOutcome Execute(WorkerLaunch launch, WorkerRequest request, IsolationLimits limits, string folder)
    {
        var requestPath = Path.Combine(folder, $"request-{Guid.NewGuid():N}.json");
        File.WriteAllText(requestPath, WorkerProtocol.Request(request));
        try
        {
            using var session = WorkerSession.Start(launch, requestPath, limits.MemoryLimitMiB);
            return Follow(session, limits, new WorkerOutcome(request.Replay is not null));
        }
        finally
        {
            File.Delete(requestPath);
        }
    }

    private static WorkerOutcome Follow(WorkerSession session, IsolationLimits limits, WorkerOutcome outcome)
    {
        var timeout = IsolationLimits.StartupGrace;
        while (true)
        {
            var (message, ended, timedOut) = session.Next(timeout);
            if (timedOut)
            {
                session.Kill();
                session.WaitForExit();
                return outcome.Fault(CounterexampleKind.Hang, FaultClassifier.Hang(outcome, timeout));
            }
            if (ended)
            {
                var code = session.WaitForExit();
                if (outcome.Done) return outcome;
                var (kind, detail) = FaultClassifier.Classify(outcome, code, session.Stderr, limits);
                return outcome.Fault(kind, detail);
            }
            outcome.Apply(message!);
            timeout = limits.TimeLimit;
        }
    }
}
