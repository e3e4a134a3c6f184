using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>pmem that fills in the pfn but leaves kaddr NULL (the v4.19 "caller passed no kaddr" path taken always).</summary>
internal sealed class PmemNullKaddr(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = Inner.DirectAccess(pgoff, nrPages, mode);
        return r.IsOk ? r.Value with { Kaddr = KernelAddress.Null } : r;
    }
}
