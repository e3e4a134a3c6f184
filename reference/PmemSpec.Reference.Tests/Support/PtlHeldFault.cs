using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Reference.Tests.Support;

/// <summary>
/// A mutant fault handler: it takes the faulting mm's page-table lock and calls the correct handler
/// (and so direct_access) under it, the mistake "dax_direct_access() may sleep, so cannot hold
/// tree_lock over its invocation" warns about (domain §10).
/// </summary>
internal sealed class PtlHeldFault(SimulatedKernel kernel, IMappable inner) : IMappable
{
    public string Name => inner.Name;

    public DaxMappingKind DaxKind => inner.DaxKind;

    public bool MixedMap => inner.MixedMap;

    public Result CheckMmap(long pgoff, long pages, Protection prot, bool shared) => inner.CheckMmap(pgoff, pages, prot, shared);

    public VmFaultResult Fault(VmFault vmf)
    {
        using var ptl = kernel.Context.LockPageTable(vmf.Process);
        return inner.Fault(vmf);
    }

    public VmFaultResult PfnMkwrite(VmFault vmf) => inner.PfnMkwrite(vmf);
}
