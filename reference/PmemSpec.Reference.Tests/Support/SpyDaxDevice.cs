using PmemSpec.Dax;

namespace PmemSpec.Reference.Tests.Support;

/// <summary>A DAX driver wrapper that runs a probe each time direct_access is called, then answers as the real driver.</summary>
internal sealed class SpyDaxDevice(IDaxDevice inner, Action onDirectAccess) : IDaxDevice
{
    public string DiskName => inner.DiskName;

    public long CapacitySectors => inner.CapacitySectors;

    public bool ReadOnly => inner.ReadOnly;

    public DaxTraits Traits => inner.Traits;

    public bool DaxSupported => inner.DaxSupported;

    public Result Read(long sector, Span<byte> buffer) => inner.Read(sector, buffer);

    public Result Write(long sector, ReadOnlySpan<byte> data) => inner.Write(sector, data);

    public Result Discard(long sector, long nrSectors) => inner.Discard(sector, nrSectors);

    public Result Flush() => inner.Flush();

    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        onDirectAccess();
        return inner.DirectAccess(pgoff, nrPages, mode);
    }
}
