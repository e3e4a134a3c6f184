using PmemSpec.Block;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>An era B wrapper with the 6.x habit: a negative size is -EINVAL instead of being echoed back.</summary>
internal sealed class NegativeSizeEinvalCaller(SimulatedKernel kernel, Partition bdev) : BdevCaller(kernel, bdev)
{
    protected override Errno? BeforeDriver(long sector, long size) => size < 0 ? Errno.EINVAL : base.BeforeDriver(sector, size);
}
