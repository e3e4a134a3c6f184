using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>
/// brd whose direct_access does a radix_tree_preload-style allocation (a node page, freed again)
/// on every call, whether or not the page exists, with the given flags.
/// </summary>
internal sealed class BrdPreload(SimulatedKernel kernel, IDaxDevice inner, Gfp gfp) : DaxDeviceDecorator(inner)
{
    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var node = kernel.Allocator.AllocPage(gfp, $"radix_tree_preload({gfp}) by {DiskName}");
        if (node.IsOk) kernel.Allocator.FreePage(node.Value, $"radix_tree_preload_end by {DiskName}");
        return Inner.DirectAccess(pgoff, nrPages, mode);
    }
}
