using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>STAB-108: fork that leaves the private copies writable in both processes instead of write-protecting them, so parent and child share a private page.</summary>
internal sealed class ForkSharesPrivateCopy(IProcess inner, Func<IProcess, IProcess> wrap) : ProcessDecorator(inner, wrap)
{
    public override IProcess Fork(string childName)
    {
        var child = (ProcessDecorator)base.Fork(childName);
        foreach (var process in new[] { Real, child.Real })
        {
            using var ptl = process.Kernel.Context.LockPageTable(process.Name);
            foreach (var vma in process.Areas.Where(v => v.IsCowMapping).ToList())
                foreach (var (vpn, pte) in process.Entries(vma.StartVpn, vma.EndVpn).Where(e => e.Value.Anon).ToList())
                    process.SetPte(vpn, pte with { Writable = true });
        }
        return child;
    }
}
