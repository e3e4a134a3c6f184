using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Reference.Pmem;

/// <summary>
/// pmem (drivers/nvdimm/pmem.c, domain §3): a linear map of registered device memory, with or
/// without struct pages. direct_access is arithmetic plus a badblocks lookup: it never sleeps and
/// never allocates.
/// </summary>
internal sealed class PmemDevice : IDaxDevice
{
    private readonly SimulatedKernel kernel;
    private readonly DevicePagemap map;
    private readonly PfnFlags pfnFlags;

    /// <summary>Probes the namespace: registers its memory (devm_memremap_pages with pages, devm_memremap without).</summary>
    /// <remarks>Context: process; may sleep (probe).</remarks>
    public PmemDevice(SimulatedKernel kernel, string diskName, long capacitySectors, bool withStructPages)
    {
        if (capacitySectors <= 0 || capacitySectors % Units.SectorsPerPage != 0)
            throw new ArgumentOutOfRangeException(nameof(capacitySectors), capacitySectors, "pmem capacity must be a positive page multiple");
        this.kernel = kernel;
        DiskName = diskName;
        CapacitySectors = capacitySectors;
        map = kernel.DeviceMemory.Register(diskName, capacitySectors / Units.SectorsPerPage, withStructPages);
        pfnFlags = PfnFlags.Dev | (withStructPages ? PfnFlags.Map : PfnFlags.None);
    }

    public string DiskName { get; }

    public long CapacitySectors { get; }

    public bool ReadOnly => false;

    public DaxTraits Traits => DaxTraits.NeverSleeps | (map.HasStructPages ? DaxTraits.PageBacked : DaxTraits.None);

    /// <summary>QUEUE_FLAG_DAX: always up to v4.15; from v4.19 only with struct pages.</summary>
    public bool DaxSupported => !kernel.Era.PmemDaxRequiresPages() || map.HasStructPages;

    /// <summary>The device memory behind the disk.</summary>
    public DevicePagemap Pagemap => map;

    private BadblockTable Bad => kernel.Badblocks.For(DiskName);

    /// <summary>pmem_do_read: -EIO when the range holds a bad sector, else a copy from the mapping.</summary>
    /// <remarks>Context: any; never sleeps; allocates nothing.</remarks>
    public Result Read(long sector, Span<byte> buffer)
    {
        if (Bad.Intersects(sector, buffer.Length >> Units.SectorShift)) return Errno.EIO;
        return kernel.Memory.Read(map.VirtAddr + (sector * Units.SectorSize), buffer);
    }

    /// <summary>pmem_do_write: clears poison in the range (pmem_clear_poison), then copies into the mapping.</summary>
    /// <remarks>Context: any; never sleeps; allocates nothing.</remarks>
    public Result Write(long sector, ReadOnlySpan<byte> data)
    {
        Bad.Clear(sector, data.Length >> Units.SectorShift);
        return kernel.Memory.Write(map.VirtAddr + (sector * Units.SectorSize), data);
    }

    /// <summary>pmem does not advertise discard.</summary>
    /// <remarks>Context: any; never sleeps.</remarks>
    public Result Discard(long sector, long nrSectors) => Errno.EOPNOTSUPP;

    /// <summary>nvdimm_flush: writes are durable once it returns.</summary>
    /// <remarks>Context: any; never sleeps.</remarks>
    public Result Flush() => Result.Ok;

    /// <summary>
    /// pmem_dax_direct_access: the pages left to the end of the device; with badblocks in the
    /// range -EIO (-EHWPOISON in 6.x, or the good pages before the first bad sector for
    /// DAX_RECOVERY_WRITE); with badblocks elsewhere exactly the request.
    /// </summary>
    /// <remarks>Context: any; never sleeps; allocates nothing.</remarks>
    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        var left = pgoff < 0 || pgoff >= map.NrPages ? 0 : map.NrPages - pgoff;
        var result = new DirectAccessResult(left, map.VirtAddr + (Math.Max(pgoff, 0) * Units.PageSize),
            PfnT.From(map.BasePfn + (ulong)Math.Max(pgoff, 0), pfnFlags));
        if (left == 0 || !kernel.Era.PmemChecksBadblocks()) return result;
        var sector = pgoff * Units.SectorsPerPage;
        if (Bad.FirstBad(sector, nrPages * Units.SectorsPerPage) is { } firstBad)
            return mode == DaxAccessMode.RecoveryWrite
                ? result with { Pages = Math.Max(1, Units.BytesToPagesRoundUp((firstBad - sector) * Units.SectorSize)) }
                : kernel.Era.PmemBadblockErrno();
        return Bad.Any ? result with { Pages = nrPages } : result;
    }
}
