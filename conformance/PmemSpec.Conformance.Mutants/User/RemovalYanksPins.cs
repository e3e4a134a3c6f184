using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>STAB-106: removal that does not wait for pins: it drops every pin on the device's memory itself and frees the memory while the holders still use it.</summary>
internal sealed class RemovalYanksPins(IMm mm, IRawBlockDaxDevice inner) : RawBlockDaxDecorator(mm, inner)
{
    public override bool Remove()
    {
        base.Remove();
        var pages = Mm.Kernel.Pages;
        foreach (var map in pages.Pagemaps.Where(m => m.Owner == Bdev.Disk.DiskName).ToList())
            for (var pfn = map.BasePfn; pfn < map.BasePfn + (ulong)map.NrPages; pfn++)
                while (pages.PinCount(pfn) > 0) pages.Unpin(pfn, "removal that does not wait");
        return Inner.Remove();
    }
}
