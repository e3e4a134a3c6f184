using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>pmem that takes a mutex in direct_access while still declaring that it never sleeps.</summary>
internal sealed class PmemTakesMutex(SimulatedKernel kernel, IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        kernel.Context.MightSleep($"mutex_lock(&{DiskName}->lock)");
        return Inner.DirectAccess(pgoff, nrPages, mode);
    }
}
