using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>SLEEP-102: munmap clears the entries without taking the page-table lock.</summary>
internal sealed class MunmapZapsUnlocked(IProcess inner, Func<IProcess, IProcess> wrap) : ProcessDecorator(inner, wrap)
{
    public override Result Munmap(UserAddress start, long pages)
    {
        foreach (var (vpn, pte) in Real.Entries(start.Vpn, start.Vpn + (ulong)pages).ToList())
        {
            Real.ClearPte(vpn);
            if (pte.HasPage) Real.Mm.Anon.Put(pte.Pfn, $"unlocked zap ({Name})");
        }
        return base.Munmap(start, pages);
    }
}
