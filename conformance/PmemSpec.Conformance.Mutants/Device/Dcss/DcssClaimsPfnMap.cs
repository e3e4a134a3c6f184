using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Dcss;

/// <summary>PAGE-001: dcssblk's page-less pfns carry PFN_DEV|PFN_MAP, as if the segment had a memmap.</summary>
internal sealed class DcssClaimsPfnMap(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = Inner.DirectAccess(pgoff, nrPages, mode);
        return r.IsOk ? r.Value with { Pfn = PfnT.From(r.Value.Pfn.Pfn, PfnFlags.Dev | PfnFlags.Map) } : r;
    }
}
