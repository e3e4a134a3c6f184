using PmemSpec.Block;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>An era C caller whose bdev_dax_pgoff rounds a misaligned partition start down instead of refusing it (-EINVAL).</summary>
internal sealed class UnalignedPartitionCaller(SimulatedKernel kernel, Partition bdev) : DaxCoreCaller(kernel, bdev)
{
    protected override Errno? BdevDaxPgoff() => null;
}
