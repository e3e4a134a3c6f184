using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.Device.Pmem;

/// <summary>
/// PAGE-004: a region with two namespaces, where direct_access of pmem0 translates against the
/// base of pmem1 (the neighbouring namespace). Flags, struct pages and linearity all look right.
/// </summary>
internal sealed class PmemOtherNamespacePfn : DaxDeviceDecorator
{
    private readonly DevicePagemap own;
    private readonly DevicePagemap other;

    public PmemOtherNamespacePfn(SimulatedKernel kernel, IDaxDevice inner) : base(inner)
    {
        own = LinearMemory.Of(kernel, inner.DiskName);
        other = kernel.DeviceMemory.Register("pmem1", own.NrPages, withStructPages: true);
    }

    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = Inner.DirectAccess(pgoff, nrPages, mode);
        if (!r.IsOk) return r;
        var page = (long)(r.Value.Pfn.Pfn - own.BasePfn);
        return r.Value with { Kaddr = other.VirtAddr + (page * Units.PageSize), Pfn = PfnT.From(other.BasePfn + (ulong)page, r.Value.Pfn.Flags) };
    }
}
