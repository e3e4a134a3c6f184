using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>
/// A linear driver (dcssblk, pmem) that reports only the pages left in the current 32-page chunk, as if its memory were not
/// one linear range: a request that crosses a chunk boundary gets fewer pages than are left.
/// </summary>
internal sealed class ChunkExtent(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    private const long ChunkPages = 32;

    public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var r = Inner.DirectAccess(pgoff, nrPages, mode);
        return r.IsOk && r.Value.Pages > 0 ? r.Value with { Pages = Math.Min(r.Value.Pages, ChunkPages - (pgoff % ChunkPages)) } : r;
    }
}
