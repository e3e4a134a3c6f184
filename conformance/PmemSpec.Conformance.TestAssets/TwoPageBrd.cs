using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.TestAssets;

/// <summary>
/// A candidate as a user would write one — public, built as <c>new TwoPageBrd(kernel, sectors)</c> —
/// with a known bug: it reports two pages per direct_access where brd maps exactly one (DAXARG-011).
/// The xunit fixtures and the report snapshots both check it.
/// </summary>
public sealed class TwoPageBrd(SimulatedKernel kernel, long capacitySectors) : IDaxDevice
{
    private readonly IDaxDevice brd = ReferenceDrivers.Brd(kernel, capacitySectors);

    public string DiskName => brd.DiskName;

    public long CapacitySectors => brd.CapacitySectors;

    public bool ReadOnly => brd.ReadOnly;

    public DaxTraits Traits => brd.Traits;

    public bool DaxSupported => brd.DaxSupported;

    public Result Read(long sector, Span<byte> buffer) => brd.Read(sector, buffer);

    public Result Write(long sector, ReadOnlySpan<byte> data) => brd.Write(sector, data);

    public Result Discard(long sector, long nrSectors) => brd.Discard(sector, nrSectors);

    public Result Flush() => brd.Flush();

    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = brd.DirectAccess(pgoff, nrPages, mode);
        return r.IsOk ? r.Value with { Pages = 2 } : r;
    }
}
