using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Reports.Candidates;

/// <summary>
/// A candidate as a user would write one — public, built as <c>new TwoPageBrd(kernel, sectors)</c> —
/// with a known bug: it reports two pages per direct_access where brd maps exactly one (DAXARG-011).
/// Public so the reproduction tests the reports print can be compiled against it.
/// </summary>
public sealed class TwoPageBrd(SimulatedKernel kernel, long sectors) : IDaxDevice
{
    private readonly IDaxDevice inner = ReferenceDrivers.Brd(kernel, sectors);

    public string DiskName => inner.DiskName;

    public long CapacitySectors => inner.CapacitySectors;

    public bool ReadOnly => inner.ReadOnly;

    public DaxTraits Traits => inner.Traits;

    public bool DaxSupported => inner.DaxSupported;

    public Result Read(long sector, Span<byte> buffer) => inner.Read(sector, buffer);

    public Result Write(long sector, ReadOnlySpan<byte> data) => inner.Write(sector, data);

    public Result Discard(long sector, long nrSectors) => inner.Discard(sector, nrSectors);

    public Result Flush() => inner.Flush();

    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = inner.DirectAccess(pgoff, nrPages, mode);
        return r.IsOk ? r.Value with { Pages = 2 } : r;
    }
}
