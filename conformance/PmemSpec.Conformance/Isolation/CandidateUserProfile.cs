using PmemSpec.Block;
using PmemSpec.Conformance.User;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Isolation;

/// <summary>
/// The user-level profile of a candidate row, built the same way in the worker (to run it) and in
/// the kit (to regenerate its sequences): a driver under the reference raw-bdev layer, or a fault
/// handler over the reference driver <see cref="WorkerRequest.Over"/>.
/// </summary>
internal static class CandidateUserProfile
{
    /// <summary>A fault handler's row: the reference profile it runs over, opened by the handler.</summary>
    public static UserProfile ForHandler(WorkerRequest request, Func<IMm, Partition, Result<IRawBlockDaxDevice>> open)
    {
        var over = request.Over ?? throw new InvalidDataException("a fault handler's worker request names no reference user profile");
        var reference = UserProfiles.Find(over) ?? throw new InvalidDataException($"the worker request names an unknown reference user profile '{over}'");
        return reference with { Name = request.Name, Description = $"candidate {request.TypeName} over {reference.Description}", Open = open };
    }

    /// <summary>A driver's row: the driver under the reference raw-bdev layer, with the size and entry kind the worker measured.</summary>
    public static UserProfile ForDriver(WorkerRequest request, long capacitySectors, bool devmapEntries, Func<SimulatedKernel, IDaxDevice> create) =>
        new(request.Name, capacitySectors, $"candidate {request.TypeName} behind the reference raw-bdev layer", create, devmapEntries);

    /// <summary>The kit's copy: the same facts, and factories that refuse to run candidate code in the kit's process.</summary>
    public static UserProfile Generating(WorkerRequest request, long capacitySectors, bool devmapEntries) => request.Over is not null
        ? ForHandler(request, (_, _) => throw Refused())
        : ForDriver(request, capacitySectors, devmapEntries, _ => throw Refused());

    private static InvalidOperationException Refused() => new("candidate code runs only in a worker process");
}
