using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Reference.Dcss;

/// <summary>
/// dcssblk (drivers/s390/block/dcssblk.c, domain §4.1): a z/VM segment outside the memmap, so
/// its pfns have no struct page (PFN_DEV, plus PFN_SPECIAL from v4.16). In shared mode SR, ER
/// and SC segments are read-only and every write bio fails. direct_access never sleeps.
/// </summary>
internal sealed class DcssDevice : IDaxDevice, ISectorDirectAccess
{
    private readonly SimulatedKernel kernel;
    private readonly DevicePagemap map;
    private readonly PfnFlags pfnFlags;
    private readonly bool sizeOffByOne;

    /// <summary>Loads the segment (segment_load) and maps it page-less.</summary>
    /// <param name="kernel">The machine.</param>
    /// <param name="diskName">dcssblkN.</param>
    /// <param name="capacitySectors">Segment size; a page multiple.</param>
    /// <param name="type">Segment type.</param>
    /// <param name="shared">Loaded SEGMENT_SHARED (the default) rather than exclusive.</param>
    /// <param name="sizeOffByOne">Model the v4.6–v4.11 <c>dev_sz = end - start</c> slip (era B only).</param>
    /// <remarks>Context: process; may sleep (segment load).</remarks>
    public DcssDevice(SimulatedKernel kernel, string diskName, long capacitySectors, DcssSegmentType type, bool shared, bool sizeOffByOne = false)
    {
        if (capacitySectors <= 0 || capacitySectors % Units.SectorsPerPage != 0)
            throw new ArgumentOutOfRangeException(nameof(capacitySectors), capacitySectors, "a DCSS is a positive page multiple");
        if (type == DcssSegmentType.SC && !shared)
            throw new ArgumentException("DCSS of type SC cannot be loaded as exclusive-writable (the kernel answers -EINVAL)", nameof(shared));
        this.kernel = kernel;
        DiskName = diskName;
        CapacitySectors = capacitySectors;
        SegmentType = type;
        ReadOnly = shared && type is DcssSegmentType.SR or DcssSegmentType.ER or DcssSegmentType.SC;
        this.sizeOffByOne = sizeOffByOne;
        map = kernel.DeviceMemory.Register(diskName, capacitySectors / Units.SectorsPerPage, withStructPages: false);
        pfnFlags = PfnFlags.Dev | (kernel.Era.HasPfnSpecial() ? PfnFlags.Special : PfnFlags.None);
    }

    public string DiskName { get; }

    public long CapacitySectors { get; }

    public DcssSegmentType SegmentType { get; }

    public bool ReadOnly { get; }

    public DaxTraits Traits => DaxTraits.NeverSleeps | (ReadOnly ? DaxTraits.ReadOnly : DaxTraits.None);

    public bool DaxSupported => true;

    private long DeviceBytes => map.NrPages * Units.PageSize;

    /// <summary>dcssblk_submit_bio(READ): page-aligned, page-multiple bios only (else -EIO).</summary>
    /// <remarks>Context: any; never sleeps; allocates nothing.</remarks>
    public Result Read(long sector, Span<byte> buffer) =>
        IsPageBio(sector, buffer.Length) ? kernel.Memory.Read(map.VirtAddr + (sector * Units.SectorSize), buffer) : Errno.EIO;

    /// <summary>dcssblk_submit_bio(WRITE): -EIO on a read-only segment or a bio that is not page-aligned.</summary>
    /// <remarks>Context: any; never sleeps; allocates nothing.</remarks>
    public Result Write(long sector, ReadOnlySpan<byte> data)
    {
        if (!IsPageBio(sector, data.Length) || ReadOnly) return Errno.EIO;
        return kernel.Memory.Write(map.VirtAddr + (sector * Units.SectorSize), data);
    }

    /// <summary>dcssblk has no discard.</summary>
    /// <remarks>Context: any; never sleeps.</remarks>
    public Result Discard(long sector, long nrSectors) => Errno.EOPNOTSUPP;

    /// <summary>Nothing to flush: the segment is memory.</summary>
    /// <remarks>Context: any; never sleeps.</remarks>
    public Result Flush() => Result.Ok;

    /// <summary>dcssblk_dax_direct_access: the pages left to the end of the segment.</summary>
    /// <remarks>Context: any; never sleeps; allocates nothing.</remarks>
    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var left = pgoff < 0 || pgoff >= map.NrPages ? 0 : map.NrPages - pgoff;
        var at = Math.Max(pgoff, 0);
        return new DirectAccessResult(left, map.VirtAddr + (at * Units.PageSize), PfnT.From(map.BasePfn + (ulong)at, pfnFlags));
    }

    /// <summary>The era A/B op in bytes: <c>dev_sz - offset</c>.</summary>
    /// <remarks>Context: any; never sleeps; allocates nothing.</remarks>
    public Result<SectorDirectAccessResult> DirectAccess(long sector, long size)
    {
        var offset = sector * Units.SectorSize;
        var devSize = DeviceBytes - (sizeOffByOne && kernel.Era.DcssSizeOffByOne() ? 1 : 0);
        var left = Math.Max(0, devSize - offset);
        var page = Math.Clamp(offset / Units.PageSize, 0, map.NrPages - 1);
        return new SectorDirectAccessResult(left, map.VirtAddr + offset, PfnT.From(map.BasePfn + (ulong)page, pfnFlags));
    }

    private static bool IsPageBio(long sector, int bytes) => sector % Units.SectorsPerPage == 0 && bytes % Units.PageSize == 0;
}
