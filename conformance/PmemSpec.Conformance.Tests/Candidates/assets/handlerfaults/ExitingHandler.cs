using PmemSpec;
using PmemSpec.Block;
using PmemSpec.Reference;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace Candidates.HandlerFaults;

/// <summary>The reference raw-bdev layer, except that a write fault on page 2 or above exits the process (a fault handler that calls exit).</summary>
public sealed class ExitingHandler(IMm mm, Partition bdev) : IRawBlockDaxDevice
{
    private readonly IRawBlockDaxDevice inner = ReferenceRawBlockDax.Open(mm, bdev).Value;

    public Partition Bdev => inner.Bdev;

    public string Name => inner.Name;

    public DaxMappingKind DaxKind => inner.DaxKind;

    public bool MixedMap => inner.MixedMap;

    public bool Alive => inner.Alive;

    public bool RemovalComplete => inner.RemovalComplete;

    public Result CheckMmap(long pgoff, long pages, Protection prot, bool shared) => inner.CheckMmap(pgoff, pages, prot, shared);

    public VmFaultResult Fault(VmFault vmf)
    {
        if (vmf.Write && vmf.Pgoff >= 2) Environment.Exit(3);
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
