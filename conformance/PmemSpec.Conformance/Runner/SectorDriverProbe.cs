using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Runner;

/// <summary>A <see cref="DriverProbe"/> for drivers that also implement the era A/B byte-based op.</summary>
internal sealed class SectorDriverProbe(SimulatedKernel kernel, IDaxDevice inner) : DriverProbe(kernel, inner), ISectorDirectAccess
{
    public Result<SectorDirectAccessResult> DirectAccess(long sector, long size)
    {
        var (from, atomic) = (Kernel.Trace.Mark, Kernel.Context.InAtomic);
        var result = ((ISectorDirectAccess)Inner).DirectAccess(sector, size);
        Record(result, from, atomic);
        return result;
    }
}
