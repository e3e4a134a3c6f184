using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Pmem;

/// <summary>
/// PAGE-001: direct_access translates past the end of the namespace (adds the namespace size once
/// too often), so kaddr and pfn lie in the unmapped guard gap. A load there would break STAB-005,
/// but the pfn already names no device's memory when direct_access returns it.
/// </summary>
internal sealed class PmemDaxInGuardGap(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = Inner.DirectAccess(pgoff, nrPages, mode);
        var size = CapacitySectors / Units.SectorsPerPage;
        return r.IsOk ? r.Value with { Kaddr = r.Value.Kaddr + (size * Units.PageSize), Pfn = r.Value.Pfn.Add(size) } : r;
    }
}
