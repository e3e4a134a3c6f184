using PmemSpec;
using PmemSpec.Block;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace Candidates.Bad;

/// <summary>A raw-bdev layer declared for v6.1, which has no raw block-device DAX mmap.</summary>
[PmemSpec.Dax.DaxCandidate(Era = Era.V6_1)]
public sealed class HandlerForV61(IMm mm, Partition bdev) : IRawBlockDaxDevice
{
    public Partition Bdev => bdev;

    public string Name => mm.ToString() ?? "";

    public DaxMappingKind DaxKind => DaxMappingKind.FsDax;

    public bool MixedMap => true;

    public bool Alive => true;

    public bool RemovalComplete => false;

    public Result CheckMmap(long pgoff, long pages, Protection prot, bool shared) => Result.Ok;

    public VmFaultResult Fault(VmFault vmf) => VmFaultResult.Sigbus;

    public VmFaultResult PfnMkwrite(VmFault vmf) => VmFaultResult.Sigbus;

    public Result Resize(long nrSectors) => Errno.EINVAL;

    public bool Remove() => false;
}
