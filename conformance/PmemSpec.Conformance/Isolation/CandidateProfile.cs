using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Isolation;

/// <summary>The device profile of a candidate, built the same way in the worker (to run it) and in the kit (to regenerate its sequences).</summary>
internal static class CandidateProfile
{
    public static DeviceProfile For(WorkerRequest request, long capacitySectors, Func<SimulatedKernel, IDaxDevice> create) =>
        new(request.Name, request.Era, capacitySectors, $"candidate {request.TypeName}", create) { Capabilities = request.Capabilities };

    /// <summary>The kit's copy: the same geometry, and a factory that refuses to run candidate code in the kit's process.</summary>
    public static DeviceProfile Generating(WorkerRequest request, long capacitySectors) =>
        For(request, capacitySectors, _ => throw new InvalidOperationException("candidate code runs only in a worker process"));
}
