using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>An era C wrapper without min(avail, nr_pages): the driver's whole remaining length reaches the caller.</summary>
internal sealed class NoClampCaller(SimulatedKernel kernel, Partition bdev) : DaxCoreCaller(kernel, bdev)
{
    protected override Result<DirectAccessResult> AfterDriver(Result<DirectAccessResult> avail, long nrPages) =>
        avail is { IsOk: true, Value.Pages: > 0 } ? avail : base.AfterDriver(avail, nrPages);
}
