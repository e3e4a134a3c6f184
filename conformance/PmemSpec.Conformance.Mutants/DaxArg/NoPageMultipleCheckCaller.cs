using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>The v4.4 wrapper in a v4.9 kernel: no "guarantee page aligned results" (-ENXIO) check, so a ragged driver length is clamped and used.</summary>
internal sealed class NoPageMultipleCheckCaller(SimulatedKernel kernel, Partition bdev) : BdevCaller(kernel, bdev)
{
    protected override Result<SectorDirectAccessResult> AfterDriver(Result<SectorDirectAccessResult> avail, long size)
    {
        if (!avail.IsOk) return avail;
        if (avail.Value.Bytes == 0) return Errno.ERANGE;
        return Clamped(avail.Value, size);
    }
}
