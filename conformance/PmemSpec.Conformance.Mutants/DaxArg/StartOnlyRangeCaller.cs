using PmemSpec.Block;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>An era A/B wrapper whose range check looks at the start sector only, so a request running past the end reaches the driver.</summary>
internal sealed class StartOnlyRangeCaller(SimulatedKernel kernel, Partition bdev) : BdevCaller(kernel, bdev)
{
    protected override Errno? BeforeDriver(long sector, long size)
    {
        if (size < 0) return ErrnoText.Echo(size);
        if (NoDax) return Errno.EOPNOTSUPP;
        if (sector < 0 || sector >= PartitionSectors) return Errno.ERANGE;
        if (Misaligned(sector)) return Errno.EINVAL;
        return null;
    }
}
