using PmemSpec.Dax;

namespace PmemSpec.Generators.Tests.Dax;

/// <summary>A minimal linear DAX disk: returns the pages left, like pmem, with no memory behind it.</summary>
internal sealed class LinearFakeDax(long capacitySectors) : IDaxDevice
{
    public string DiskName => "fake0";

    public long CapacitySectors => capacitySectors;

    public bool ReadOnly => false;

    public DaxTraits Traits => DaxTraits.NeverSleeps;

    public bool DaxSupported => true;

    public Result Read(long sector, Span<byte> buffer) => Result.Ok;

    public Result Write(long sector, ReadOnlySpan<byte> data) => Result.Ok;

    public Result Discard(long sector, long nrSectors) => Errno.EOPNOTSUPP;

    public Result Flush() => Result.Ok;

    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode) =>
        new DirectAccessResult(Math.Max(0, (capacitySectors / Units.SectorsPerPage) - pgoff), KernelAddress.Null, default);
}
