using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>An era C wrapper that forgets "0 → -ERANGE" and hands a driver's 0 pages back as success (the pre-v4.0 XIP convention).</summary>
internal sealed class ZeroIsSuccessCaller(SimulatedKernel kernel, Partition bdev) : DaxCoreCaller(kernel, bdev)
{
    protected override Result<DirectAccessResult> AfterDriver(Result<DirectAccessResult> avail, long nrPages) =>
        avail is { IsOk: true, Value.Pages: 0 } ? avail : base.AfterDriver(avail, nrPages);
}
