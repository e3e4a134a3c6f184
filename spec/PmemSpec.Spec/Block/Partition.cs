namespace PmemSpec.Block;

/// <summary>
/// A <c>struct block_device</c>: a whole disk or a partition of it, with its start sector
/// (get_start_sect) and length. Callers address sectors relative to it.
/// </summary>
/// <param name="Disk">The disk's driver.</param>
/// <param name="StartSector">First whole-disk sector of the partition.</param>
/// <param name="NrSectors">Length in sectors.</param>
public sealed record Partition(IBlockDevice Disk, long StartSector, long NrSectors)
{
    /// <summary>The whole disk.</summary>
    public static Partition Whole(IBlockDevice disk) => new(disk, 0, disk.CapacitySectors);

    /// <summary>True when start and length are page multiples (needed for DAX from v4.4 on).</summary>
    public bool IsPageAligned => StartSector % Units.SectorsPerPage == 0 && NrSectors % Units.SectorsPerPage == 0;

    /// <inheritdoc />
    public override string ToString() =>
        StartSector == 0 && NrSectors == Disk.CapacitySectors ? Disk.DiskName : $"{Disk.DiskName}p@{StartSector}+{NrSectors}";
}
