using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>PAGE-101: get_user_pages that, when follow_page finds a special entry, hands out its pfn anyway, with no page behind it to count.</summary>
internal sealed class GupHandsOutPagelessPfns(IProcess inner, Func<IProcess, IProcess> wrap) : ProcessDecorator(inner, wrap)
{
    public override Result<PinnedPages> GetUserPages(UserAddress start, long pages, GupFlags flags)
    {
        var pinned = base.GetUserPages(start, pages, flags);
        if (pinned.IsOk || pinned.Error != Errno.EFAULT) return pinned;
        var pfns = new List<ulong>();
        for (var i = 0L; i < pages; i++)
        {
            if (Pte(start.AddPages(i)) is not { Special: true } pte) return pinned;
            pfns.Add(pte.Pfn);
        }
        return new PinnedPages(pfns, flags.HasFlag(GupFlags.Longterm), _ => { });
    }
}
