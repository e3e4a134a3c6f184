using PmemSpec.Conformance.Candidates;
using PmemSpec.Conformance.User;
using PmemSpec.Dax;
using PmemSpec.Invariants.User;
using PmemSpec.Kernel;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Isolation;

/// <summary>
/// The worker's side of a user-level row: builds the candidate's raw block-device DAX profile (its
/// driver under the reference raw-bdev layer, or its fault handler over a reference driver), tells
/// the kit the facts it needs to regenerate sequences, and runs the user check or a replay.
/// </summary>
internal static class UserIsolationWorker
{
    public static WorkerMessage Serve(WorkerRequest request, OutOfMemoryWatch watch, WorkerChannel channel)
    {
        var profile = Profile(request);
        channel.Send(new WorkerMessage("ready") { Traits = DaxTraits.None, CapacitySectors = profile.CapacitySectors, DevmapEntries = profile.DevmapEntries });
        if (request.Contract == CandidateContract.Driver && RawBdevApplicability.WhyNot(profile.Driver) is { } why)
            return new WorkerMessage("result") { Sequences = 0, Operations = 0, NotApplicable = why };
        return request.Replay is { } text ? Replay(profile, text, request, watch, channel) : Check(profile, request, watch, channel);
    }

    private static UserProfile Profile(WorkerRequest request)
    {
        if (request.Contract == CandidateContract.FaultHandler) return CandidateUserProfile.ForHandler(request, CandidateFactory.LoadHandler(request));
        var create = CandidateFactory.Load(request);
        var capacity = request.TakesCapacity ? request.CapacitySectors : Capacity(create, request.CapacitySectors);
        return CandidateUserProfile.ForDriver(request, capacity, DevmapProbe.Of(create), create);
    }

    /// <summary>The size a (SimulatedKernel) driver picks; a throw is left to the set-up probe (EXC-101).</summary>
    private static long Capacity(Func<SimulatedKernel, IDaxDevice> create, long fallback)
    {
        try
        {
            return create(new SimulatedKernel(Era.V4_6)).CapacitySectors;
        }
#pragma warning disable CA1031 // Do not catch general exception types — the set-up probe reports a throwing candidate.
        catch (Exception)
#pragma warning restore CA1031
        {
            return fallback;
        }
    }

    private static WorkerMessage Check(UserProfile profile, WorkerRequest request, OutOfMemoryWatch watch, WorkerChannel channel)
    {
        var report = UserConformanceRunner.Check(profile, WorkerRequests.Options(request), WorkerRequests.Observer(watch, channel));
        return WorkerRequests.Result(report, watch);
    }

    private static WorkerMessage Replay(UserProfile profile, string text, WorkerRequest request, OutOfMemoryWatch watch, WorkerChannel channel)
    {
        var ops = SequenceText.Parse(text, "the kit's replay").Ops;
        channel.Send(new WorkerMessage("start") { Index = 0, Shrinking = true, Operations = 0 });
        watch.Reset();
        var run = UserSequenceRunner.Run(profile, ops, UserInvariantCatalogue.Select(request.Invariants));
        return WorkerRequests.ReplayResult(new OpSequence(profile.Name, profile.Era, null, run.Executed), ops.Count, run.Broken?.Id, run.Failure, run.Kernel, watch);
    }
}
