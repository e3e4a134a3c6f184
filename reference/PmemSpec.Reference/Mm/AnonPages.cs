using PmemSpec.Kernel;

namespace PmemSpec.Reference.Mm;

/// <summary>
/// The anonymous pages the mm owns (anonymous memory and copy-on-write copies): allocated with
/// GFP_HIGHUSER, one reference per mapping entry or pin, freed when the last reference goes.
/// </summary>
internal sealed class AnonPages
{
    private const Gfp HighUser = Gfp.Kernel | Gfp.Highmem;

    private readonly SimulatedKernel kernel;
    private readonly HashSet<ulong> owned = [];

    public AnonPages(SimulatedKernel kernel) => this.kernel = kernel;

    public int Count => owned.Count;

    public bool Owns(ulong pfn) => owned.Contains(pfn);

    /// <summary>alloc_page_vma(GFP_HIGHUSER_MOVABLE): a page with one reference, or -ENOMEM.</summary>
    /// <remarks>Context: process; may sleep (direct reclaim); must not hold the page-table lock.</remarks>
    public Result<ulong> Alloc(string who, bool zero)
    {
        var page = kernel.Allocator.AllocPage(zero ? HighUser | Gfp.Zero : HighUser, who);
        if (!page.IsOk) return page;
        owned.Add(page.Value);
        kernel.Pages.GetPage(page.Value, who);
        return page;
    }

    /// <summary>put_page on a user page: an anonymous page with no reference left is freed.</summary>
    /// <remarks>Context: any; never sleeps.</remarks>
    public void Put(ulong pfn, string who)
    {
        kernel.Pages.PutPage(pfn, who);
        if (!owned.Contains(pfn) || kernel.Pages.RefCount(pfn) > 0) return;
        owned.Remove(pfn);
        kernel.Allocator.FreePage(pfn, who);
    }

    /// <summary>unpin_user_page: drops a pin and its reference, freeing an unmapped anonymous page.</summary>
    /// <remarks>Context: any; never sleeps.</remarks>
    public void Unpin(ulong pfn, string who)
    {
        kernel.Pages.Unpin(pfn, who);
        if (!owned.Contains(pfn) || kernel.Pages.RefCount(pfn) > 0) return;
        owned.Remove(pfn);
        kernel.Allocator.FreePage(pfn, who);
    }
}
