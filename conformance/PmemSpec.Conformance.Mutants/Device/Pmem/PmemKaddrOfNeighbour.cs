using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Pmem;

/// <summary>STAB-006: direct_access adds data_offset twice to kaddr: the address maps the next page, the pfn is right.</summary>
internal sealed class PmemKaddrOfNeighbour(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = Inner.DirectAccess(pgoff, nrPages, mode);
        return r.IsOk ? r.Value with { Kaddr = r.Value.Kaddr + Units.PageSize } : r;
    }
}
