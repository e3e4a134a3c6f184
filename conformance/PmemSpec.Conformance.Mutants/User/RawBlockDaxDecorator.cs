using PmemSpec.Block;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>
/// A raw DAX device that forwards to the reference one; mutants override one member. VMAs map the
/// decorator, so removal also unmaps the decorator's own mappings, as the reference does for its own.
/// </summary>
internal class RawBlockDaxDecorator(IMm mm, IRawBlockDaxDevice inner) : IRawBlockDaxDevice
{
    protected IMm Mm => mm;

    protected IRawBlockDaxDevice Inner => inner;

    public string Name => inner.Name;

    public DaxMappingKind DaxKind => inner.DaxKind;

    public bool MixedMap => inner.MixedMap;

    public Partition Bdev => inner.Bdev;

    public bool Alive => inner.Alive;

    public bool RemovalComplete => inner.RemovalComplete;

    protected long SizePages => Bdev.NrSectors / Units.SectorsPerPage;

    public Result CheckMmap(long pgoff, long pages, Protection prot, bool shared) => inner.CheckMmap(pgoff, pages, prot, shared);

    public virtual VmFaultResult Fault(VmFault vmf) => inner.Fault(vmf);

    public virtual VmFaultResult PfnMkwrite(VmFault vmf) => inner.PfnMkwrite(vmf);

    public Result Resize(long nrSectors) => inner.Resize(nrSectors);

    public virtual bool Remove()
    {
        inner.Remove();
        mm.UnmapMapping(this);
        return inner.Remove();
    }

    /// <summary>A profile's Open that puts <paramref name="wrap"/> around the reference raw device.</summary>
    public static Func<IMm, Partition, Result<IRawBlockDaxDevice>> Opener(Func<IMm, IRawBlockDaxDevice, IRawBlockDaxDevice> wrap) =>
        (m, bdev) =>
        {
            var raw = Reference.ReferenceRawBlockDax.Open(m, bdev);
            return raw.IsOk ? Result<IRawBlockDaxDevice>.Ok(wrap(m, raw.Value)) : raw;
        };
}
