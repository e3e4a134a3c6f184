using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>An era C caller that validates the range first (the era B habit) and only then looks for a dax_device: -ERANGE where -EOPNOTSUPP is due.</summary>
internal sealed class RangeBeforeNoDaxCaller(SimulatedKernel kernel, Partition bdev) : DaxCoreCaller(kernel, bdev)
{
    protected override Result<DirectAccessResult>? BeforeDriver(long pgoff, long nrPages) =>
        pgoff < 0 || pgoff + Math.Max(nrPages, 0) > PartitionPages ? Errno.ERANGE : base.BeforeDriver(pgoff, nrPages);
}
