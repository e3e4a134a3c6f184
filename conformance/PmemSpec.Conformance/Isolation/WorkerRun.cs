using PmemSpec.Conformance.Runner;

namespace PmemSpec.Conformance.Isolation;

/// <summary>
/// Runs one worker process to its end under the limits: restarts the wall-clock limit at every
/// <c>start</c>, kills the process tree when a sequence overruns it, and classifies a process
/// that ends without <c>done</c>.
/// </summary>
internal static class WorkerRun
{
    /// <summary>Runs <paramref name="request"/> in a fresh worker; <paramref name="observer"/> hears of every <c>start</c> the worker sends.</summary>
    public static WorkerOutcome Execute(WorkerLaunch launch, WorkerRequest request, IsolationLimits limits, string folder, SequenceObserver? observer = null)
    {
        var requestPath = Path.Combine(folder, $"request-{Guid.NewGuid():N}.json");
        File.WriteAllText(requestPath, WorkerProtocol.Request(request));
        try
        {
            using var session = WorkerSession.Start(launch, requestPath, limits.MemoryLimitMiB);
            return Follow(session, limits, new WorkerOutcome(request.Replay is not null), observer);
        }
        finally
        {
            File.Delete(requestPath);
        }
    }

    private static WorkerOutcome Follow(WorkerSession session, IsolationLimits limits, WorkerOutcome outcome, SequenceObserver? observer)
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
            if (message!.Type == "start") observer?.Invoke(outcome.Index, outcome.Shrinking, outcome.Operations);
            timeout = limits.TimeLimit;
        }
    }
}
