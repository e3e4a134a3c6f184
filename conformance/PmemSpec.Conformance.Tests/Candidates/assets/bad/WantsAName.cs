using PmemSpec;
using PmemSpec.Dax;

namespace Candidates.Bad;

/// <summary>A driver the kit cannot construct: its only constructor wants a string. The rest is the least that compiles.</summary>
public sealed class WantsAName(string name) : IDaxDevice
{
    public string DiskName => name;

    public long CapacitySectors => 0;

    public bool ReadOnly => true;

    public DaxTraits Traits => DaxTraits.ReadOnly;

    public bool DaxSupported => false;

    public Result Read(long sector, Span<byte> buffer) => Errno.EIO;

    public Result Write(long sector, ReadOnlySpan<byte> data) => Errno.EROFS;

    public Result Discard(long sector, long nrSectors) => Errno.EOPNOTSUPP;

    public Result Flush() => Result.Ok;

    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode) => Errno.EOPNOTSUPP;
}
