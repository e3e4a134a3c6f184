using PmemSpec.Block;

namespace PmemSpec.Dax;

/// <summary><c>bdev_dax_pgoff</c> (v4.12–v5.x, domain §1.3): a partition-relative sector to a device page offset.</summary>
public static class BdevDaxPgoff
{
    /// <summary>
    /// byte offset = (partition start + sector) × 512; -EINVAL unless it is page aligned and
    /// <paramref name="size"/> is a page multiple.
    /// </summary>
    /// <remarks>Context: any; never sleeps; arithmetic only.</remarks>
    public static Result<long> Translate(Partition bdev, long sector, long size)
    {
        var offset = (bdev.StartSector + sector) * Units.SectorSize;
        if (offset % Units.PageSize != 0 || size % Units.PageSize != 0) return Errno.EINVAL;
        return offset >> Units.PageShift;
    }
}
