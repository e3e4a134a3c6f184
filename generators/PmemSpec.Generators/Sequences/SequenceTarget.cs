using PmemSpec.Dax;

namespace PmemSpec.Generators.Sequences;

/// <summary>What the sequence generator needs to know about the device: its partition geometry, era, capabilities and traits.</summary>
/// <param name="Sectors">Partition length in sectors.</param>
/// <param name="Pages">Whole pages in the partition.</param>
/// <param name="Era">The era whose rules apply.</param>
/// <param name="Capabilities">What the profile lets the kit do.</param>
/// <param name="Traits">What the driver declares.</param>
/// <param name="PartitionAligned">The partition starts on a page boundary (else no direct_access can succeed).</param>
internal sealed record SequenceTarget(long Sectors, int Pages, Era Era, ProfileCapabilities Capabilities, DaxTraits Traits,
    bool PartitionAligned = true)
{
    /// <summary>The target of a profile; the partition must hold at least one and fewer than 2^31 pages.</summary>
    public static SequenceTarget Of(DeviceProfile profile, DaxTraits traits)
    {
        var pages = profile.PartitionSectors / Units.SectorsPerPage;
        if (pages < 1 || pages > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(profile), profile.PartitionSectors, "the partition must hold 1 to 2^31-1 pages");
        return new(profile.PartitionSectors, (int)pages, profile.Era, profile.Capabilities, traits,
            profile.PartitionStart % Units.SectorsPerPage == 0);
    }

    /// <summary>Allocates on first touch (brd): fresh pages, populate and memory pressure matter.</summary>
    public bool Lazy => Traits.HasFlag(DaxTraits.AllocatesLazily);

    /// <summary>Arithmetic direct_access (pmem, dcssblk): multi-page results and badblocks matter.</summary>
    public bool Linear => Traits.HasFlag(DaxTraits.NeverSleeps) && !Lazy;

    /// <summary>No struct pages behind the pfns (raw pmem, dcssblk).</summary>
    public bool PageLess => !Traits.HasFlag(DaxTraits.PageBacked);

    /// <summary>The device refuses writes.</summary>
    public bool ReadOnly => Traits.HasFlag(DaxTraits.ReadOnly);

    /// <summary>
    /// Atomic-context direct_access tests the device only when neither it nor the era's wrapper may
    /// sleep: a driver that may sleep, or the v4.4–v4.15 wrapper's might_sleep(), makes an atomic
    /// caller the one at fault (§1, §10).
    /// </summary>
    public bool AtomicAllowed => Traits.HasFlag(DaxTraits.NeverSleeps) && !Era.WrapperMightSleep();

    /// <summary>DAX_RECOVERY_WRITE exists (6.x).</summary>
    public bool RecoveryAllowed => Era >= Era.V6_1;

    /// <summary>RemoveDevice: only with the capability and only in era C (kill_dax).</summary>
    public bool CanRemove => Capabilities.HasFlag(ProfileCapabilities.Removal) && !Era.IsSectorDax();

    /// <summary>Media errors may be injected.</summary>
    public bool HasBadblocks => Capabilities.HasFlag(ProfileCapabilities.Badblocks);

    /// <summary>Block I/O must be page aligned and page multiples (dcssblk).</summary>
    public bool PageGranular => Capabilities.HasFlag(ProfileCapabilities.PageGranularIo);

    /// <summary>The first sector of the last whole page.</summary>
    public long LastPageSector => (long)(Pages - 1) * Units.SectorsPerPage;

    /// <summary>True when the sector range lies inside the partition and is not empty.</summary>
    public bool InRange(long sector, long sectors) => sector >= 0 && sectors > 0 && sector + sectors <= Sectors;

    /// <summary>The whole pages a sector range inside the partition touches; none when it is not inside.</summary>
    public IEnumerable<long> PagesOf(long sector, long sectors)
    {
        if (!InRange(sector, sectors)) yield break;
        var last = Math.Min(Pages - 1, (sector + sectors - 1) / Units.SectorsPerPage);
        for (var p = sector / Units.SectorsPerPage; p <= last; p++) yield return p;
    }
}
