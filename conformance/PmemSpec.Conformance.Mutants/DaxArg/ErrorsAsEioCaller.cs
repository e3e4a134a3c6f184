using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>An era C wrapper that turns every driver error into -EIO (the block layer's dax_mem2blk_err applied in the wrong place).</summary>
internal sealed class ErrorsAsEioCaller(SimulatedKernel kernel, Partition bdev) : DaxCoreCaller(kernel, bdev)
{
    protected override Result<DirectAccessResult> AfterDriver(Result<DirectAccessResult> avail, long nrPages) =>
        avail.IsOk ? base.AfterDriver(avail, nrPages) : Errno.EIO;
}
