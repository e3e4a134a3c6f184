using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>
/// pmem that plays it too safe: once any bad block is known it answers one page, instead of
/// exactly the (clean) request ("limit known good range to the requested range", §3.2).
/// </summary>
internal sealed class PmemOnePageWhenDegraded(SimulatedKernel kernel, IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = Inner.DirectAccess(pgoff, nrPages, mode);
        var degraded = kernel.Badblocks.For(DiskName).Any;
        return r is { IsOk: true, Value.Pages: > 1 } && degraded && mode == DaxAccessMode.Access ? r.Value with { Pages = 1 } : r;
    }
}
