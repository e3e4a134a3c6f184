using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Pmem;

/// <summary>PAGE-002: pfn_flags built from a scatterlist template keep PFN_SG_LAST on every pfn direct_access returns.</summary>
internal sealed class PmemScatterlistFlags(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = Inner.DirectAccess(pgoff, nrPages, mode);
        return r.IsOk ? r.Value with { Pfn = PfnT.From(r.Value.Pfn.Pfn, r.Value.Pfn.Flags | PfnFlags.SgLast) } : r;
    }
}
