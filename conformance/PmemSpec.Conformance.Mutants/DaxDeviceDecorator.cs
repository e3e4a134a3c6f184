using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants;

/// <summary>Delegates every operation to a reference driver; a mutant overrides the one it breaks.</summary>
internal abstract class DaxDeviceDecorator(IDaxDevice inner) : IDaxDevice
{
    protected IDaxDevice Inner => inner;

    public string DiskName => inner.DiskName;

    public long CapacitySectors => inner.CapacitySectors;

    public virtual bool ReadOnly => inner.ReadOnly;

    public virtual DaxTraits Traits => inner.Traits;

    public bool DaxSupported => inner.DaxSupported;

    public virtual Result Read(long sector, Span<byte> buffer) => inner.Read(sector, buffer);

    public virtual Result Write(long sector, ReadOnlySpan<byte> data) => inner.Write(sector, data);

    public virtual Result Discard(long sector, long nrSectors) => inner.Discard(sector, nrSectors);

    public virtual Result Flush() => inner.Flush();

    public virtual Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode) =>
        inner.DirectAccess(pgoff, nrPages, mode);
}
