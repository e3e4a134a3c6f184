using PmemSpec.Block;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>An era A/B wrapper that tests alignment before the range, so a misaligned partition answers -EINVAL even past its end.</summary>
internal sealed class AlignmentBeforeRangeCaller(SimulatedKernel kernel, Partition bdev) : BdevCaller(kernel, bdev)
{
    protected override Errno? BeforeDriver(long sector, long size)
    {
        if (size < 0) return ErrnoText.Echo(size);
        if (NoDax) return Errno.EOPNOTSUPP;
        if (Misaligned(sector)) return Errno.EINVAL;
        if (PastEnd(sector, size)) return Errno.ERANGE;
        return null;
    }
}
