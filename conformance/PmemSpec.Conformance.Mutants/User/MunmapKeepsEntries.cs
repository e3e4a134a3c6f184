using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>STAB-105: munmap removes the VMA but puts its entries back, so they outlive the mapping.</summary>
internal sealed class MunmapKeepsEntries(IProcess inner, Func<IProcess, IProcess> wrap) : ProcessDecorator(inner, wrap)
{
    public override Result Munmap(UserAddress start, long pages)
    {
        var kept = Real.Entries(start.Vpn, start.Vpn + (ulong)pages).ToList();
        var result = base.Munmap(start, pages);
        using var ptl = Real.Kernel.Context.LockPageTable(Name);
        foreach (var (vpn, pte) in kept) Real.SetPte(vpn, pte);
        return result;
    }
}
