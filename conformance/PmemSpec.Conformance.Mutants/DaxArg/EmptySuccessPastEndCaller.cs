using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>
/// An era C caller that clamps a request to the partition and, when nothing is left, answers an
/// empty success without asking the driver (where the kernel asks it and gets 0 → -ERANGE).
/// </summary>
internal sealed class EmptySuccessPastEndCaller(SimulatedKernel kernel, Partition bdev) : DaxCoreCaller(kernel, bdev)
{
    protected override Result<DirectAccessResult>? BeforeDriver(long pgoff, long nrPages)
    {
        if (base.BeforeDriver(pgoff, nrPages) is { } early) return early;
        return pgoff >= PartitionPages ? new DirectAccessResult(0, KernelAddress.Null, default) : null;
    }
}
