using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>pmem that allocates a scratch page with GFP_ATOMIC in direct_access (no sleep, but an allocation it declares it never makes).</summary>
internal sealed class PmemAllocatesAtomic(SimulatedKernel kernel, IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var scratch = kernel.Allocator.AllocPage(Gfp.Atomic, $"{DiskName} direct_access scratch");
        if (scratch.IsOk) kernel.Allocator.FreePage(scratch.Value, $"{DiskName} direct_access scratch");
        return Inner.DirectAccess(pgoff, nrPages, mode);
    }
}
