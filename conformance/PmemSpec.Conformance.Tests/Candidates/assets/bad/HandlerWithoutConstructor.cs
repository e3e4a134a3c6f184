using PmemSpec;
using PmemSpec.Block;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace Candidates.Bad;

/// <summary>A raw-bdev layer the kit cannot build: it wants a name instead of (IMm, Partition).</summary>
public sealed class HandlerWithoutConstructor(string name) : IRawBlockDaxDevice
{
    public Partition Bdev => throw new NotSupportedException();

    public string Name => name;

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
