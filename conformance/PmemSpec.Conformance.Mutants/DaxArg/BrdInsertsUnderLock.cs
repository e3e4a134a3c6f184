using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>brd that takes brd_lock (a spinlock) around the whole of direct_access, so brd_insert_page's GFP_NOIO allocation sleeps under it.</summary>
internal sealed class BrdInsertsUnderLock(SimulatedKernel kernel, IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        using var locked = kernel.Context.EnterAtomic($"spin_lock(&{DiskName}->brd_lock) around direct_access");
        return Inner.DirectAccess(pgoff, nrPages, mode);
    }
}
