namespace PmemSpec;

/// <summary>Fixed sizes of the simulated machine: 4 KiB pages, 512-byte sectors.</summary>
public static class Units
{
    /// <summary>PAGE_SHIFT.</summary>
    public const int PageShift = 12;
    /// <summary>PAGE_SIZE in bytes.</summary>
    public const int PageSize = 1 << PageShift;
    /// <summary>SECTOR_SHIFT.</summary>
    public const int SectorShift = 9;
    /// <summary>SECTOR_SIZE in bytes.</summary>
    public const int SectorSize = 1 << SectorShift;
    /// <summary>PAGE_SECTORS: sectors per page.</summary>
    public const int SectorsPerPage = PageSize / SectorSize;
    /// <summary>Cache-line size that durability is tracked at.</summary>
    public const int CacheLine = 64;

    /// <summary>DIV_ROUND_UP(bytes, 512).</summary>
    public static long BytesToSectorsRoundUp(long bytes) => (bytes + SectorSize - 1) >> SectorShift;

    /// <summary>DIV_ROUND_UP(bytes, PAGE_SIZE).</summary>
    public static long BytesToPagesRoundUp(long bytes) => (bytes + PageSize - 1) >> PageShift;
}
