using PmemSpec.Block;
using PmemSpec.Reference;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.TestAssets;

/// <summary>
/// A public fault-handler candidate for report tests (SLEEP-101's shape): the reference raw-bdev
/// layer, except that a fault calls it under the page-table lock, where brd's direct_access may sleep.
/// </summary>
public sealed class PtlHeldFaultHandler(IMm mm, Partition bdev) : IRawBlockDaxDevice
{
    private readonly IRawBlockDaxDevice inner = ReferenceRawBlockDax.Open(mm, bdev).Value;

    public string Name => inner.Name;

    public DaxMappingKind DaxKind => inner.DaxKind;

    public bool MixedMap => inner.MixedMap;

    public Partition Bdev => inner.Bdev;

    public bool Alive => inner.Alive;

    public bool RemovalComplete => inner.RemovalComplete;

    public Result CheckMmap(long pgoff, long pages, Protection prot, bool shared) => inner.CheckMmap(pgoff, pages, prot, shared);

    public VmFaultResult Fault(VmFault vmf)
    {
        using var ptl = mm.Kernel.Context.LockPageTable(vmf.Process);
        return inner.Fault(vmf);
    }

    public VmFaultResult PfnMkwrite(VmFault vmf) => inner.PfnMkwrite(vmf);

    public Result Resize(long nrSectors) => inner.Resize(nrSectors);

    public bool Remove()
    {
        inner.Remove();
        mm.UnmapMapping(this);
        return inner.Remove();
    }
}
