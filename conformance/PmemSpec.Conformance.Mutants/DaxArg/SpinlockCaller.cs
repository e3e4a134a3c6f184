using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>A caller that holds a spinlock (say, the mapping's tree_lock) around direct_access, against "dax_direct_access() may sleep".</summary>
internal sealed class SpinlockCaller(SimulatedKernel kernel, IDaxCaller inner) : IDaxCaller
{
    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        using var locked = kernel.Context.EnterAtomic("spin_lock_irq(&mapping->tree_lock) around direct_access");
        return inner.DirectAccess(pgoff, nrPages, mode);
    }

    public void Kill() => inner.Kill();
}
