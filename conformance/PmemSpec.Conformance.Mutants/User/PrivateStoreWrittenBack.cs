using PmemSpec.Block;
using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>STAB-102: a store through a private mapping that is also written back to the device, as if the copy were the file's page.</summary>
internal sealed class PrivateStoreWrittenBack(IProcess inner, Func<IProcess, IProcess> wrap, SimulatedKernel kernel, Func<Partition?> bdev)
    : ProcessDecorator(inner, wrap)
{
    public override AccessResult Store(UserAddress at, ReadOnlySpan<byte> source)
    {
        var stored = base.Store(at, source);
        var vma = Vmas.FirstOrDefault(v => !v.Shared && at.Vpn >= v.Start.Vpn && at.Vpn < v.Start.Vpn + (ulong)v.Pages);
        if (!stored.IsOk || vma is null || bdev() is not { } disk) return stored;
        var sector = (vma.Pgoff + (long)(at.Vpn - vma.Start.Vpn)) * Units.SectorsPerPage;
        var page = new byte[Units.PageSize];
        if (!BlockLayer.Read(kernel, disk, sector, page).IsOk) return stored;
        source.CopyTo(page.AsSpan(at.PageOffset));
        BlockLayer.Write(kernel, disk, sector, page);
        return stored;
    }
}
