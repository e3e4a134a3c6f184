using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;
using PmemSpec.Invariants;
using PmemSpec.Kernel;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Isolation;

/// <summary>
/// The child side of isolation (<c>pmemspec __worker REQUEST</c>): loads one candidate, runs the
/// check or a replay the request asks for (the device suite, or the user-level one), and tells the kit every step as JSON lines on
/// <c>output</c>. Meant to run in a process of its own: the candidate may kill it.
/// </summary>
public static class IsolationWorker
{
    /// <summary>Runs the request in the file <paramref name="requestPath"/>; returns 0 once the result is sent.</summary>
    public static int Run(string requestPath, TextWriter output)
    {
        var channel = new WorkerChannel(output);
        channel.Send(new WorkerMessage("loaded"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => channel.Send(new WorkerMessage("exit") { Code = Environment.ExitCode });
        var request = WorkerProtocol.ReadRequest(requestPath);
        var watch = new OutOfMemoryWatch();
        if (request.UserLevel)
        {
            channel.Send(UserIsolationWorker.Serve(request, watch, channel));
            channel.Send(new WorkerMessage("done"));
            return 0;
        }
        var create = CandidateFactory.Load(request);
        var (traits, capacity) = Measure(request, create);
        channel.Send(new WorkerMessage("ready") { Traits = traits, CapacitySectors = capacity });
        var profile = CandidateProfile.For(request, capacity, create);
        channel.Send(request.Replay is { } text ? Replay(profile, text, request, watch, channel) : Check(profile, request, watch, channel));
        channel.Send(new WorkerMessage("done"));
        return 0;
    }

    /// <summary>Builds the device once for its traits (and its size, when it picks its own); a throw is left to the probe to report.</summary>
    private static (DaxTraits Traits, long Capacity) Measure(WorkerRequest request, Func<SimulatedKernel, IDaxDevice> create)
    {
        try
        {
            var device = create(new SimulatedKernel(request.Era));
            return (device.Traits, request.TakesCapacity ? request.CapacitySectors : device.CapacitySectors);
        }
#pragma warning disable CA1031 // Do not catch general exception types — the constructor probe reports a throwing candidate (EXC-001).
        catch (Exception)
#pragma warning restore CA1031
        {
            return (DaxTraits.None, request.CapacitySectors);
        }
    }

    private static WorkerMessage Check(DeviceProfile profile, WorkerRequest request, OutOfMemoryWatch watch, WorkerChannel channel)
    {
        var report = ConformanceRunner.Check(profile, WorkerRequests.Options(request), observer: WorkerRequests.Observer(watch, channel));
        return WorkerRequests.Result(report, watch);
    }

    private static WorkerMessage Replay(DeviceProfile profile, string text, WorkerRequest request, OutOfMemoryWatch watch, WorkerChannel channel)
    {
        var ops = SequenceText.Parse(text, "the kit's replay").Ops;
        channel.Send(new WorkerMessage("start") { Index = 0, Shrinking = true, Operations = 0 });
        watch.Reset();
        var run = SequenceRunner.Run(profile, ops, InvariantCatalogue.Select(request.Invariants, out _));
        return WorkerRequests.ReplayResult(new OpSequence(profile.Name, profile.Era, null, run.Executed), ops.Count, run.Broken?.Id, run.Failure, run.Kernel, watch);
    }
}
