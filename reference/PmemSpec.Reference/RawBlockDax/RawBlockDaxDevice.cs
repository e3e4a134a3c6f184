using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Reference.RawBlockDax;

/// <summary>
/// blkdev_dax_vm_ops (5a023cdba50c, v4.5; domain §8): VM_MIXEDMAP|VM_HUGEPAGE VMAs over the bdev
/// inode. blkdev_dax_fault → __dax_fault with blkdev_get_block (block n is sector n of the
/// partition) → dax_map_atomic → bdev_direct_access, all in process context before the page-table
/// lock is taken (the mm takes it to install). No truncation, no unwritten extents, no freeze
/// protection, no protection against a resize.
/// </summary>
internal sealed class RawBlockDaxDevice : IRawBlockDaxDevice
{
    private readonly SimulatedKernel kernel;
    private readonly IMm mm;
    private bool dead;

    public RawBlockDaxDevice(IMm mm, Partition bdev)
    {
        this.mm = mm;
        kernel = mm.Kernel;
        Bdev = bdev;
        Name = "/dev/" + bdev;
    }

    public Partition Bdev { get; private set; }

    /// <summary>The device node's name as opened; a resize does not rename it.</summary>
    public string Name { get; }

    /// <summary>vma_is_fsdax: a DAX VMA whose file is not a character device — the bdev inode is one.</summary>
    public DaxMappingKind DaxKind => DaxMappingKind.FsDax;

    public bool MixedMap => true;

    public bool Alive => !dead;

    public bool RemovalComplete => dead && Pagemaps.All(m => m.State == PagemapState.Removed);

    private IEnumerable<DevicePagemap> Pagemaps => kernel.Pages.Pagemaps.Where(m => m.Owner == Bdev.Disk.DiskName);

    private long SizePages => Units.BytesToPagesRoundUp(Bdev.NrSectors * Units.SectorSize);

    /// <summary>blkdev_mmap: a dead device cannot be opened (-ENXIO); a read-only disk cannot be opened for a shared writable map (-EACCES).</summary>
    /// <remarks>Context: process, mmap_sem held for write; never sleeps.</remarks>
    public Result CheckMmap(long pgoff, long pages, Protection prot, bool shared)
    {
        if (dead) return Errno.ENXIO;
        return shared && prot.HasFlag(Protection.Write) && Bdev.Disk.ReadOnly ? Errno.EACCES : Result.Ok;
    }

    /// <summary>
    /// blkdev_dax_fault: past i_size → SIGBUS; a dying queue (dax_map_atomic cannot enter it) →
    /// SIGBUS; else the pfn bdev_direct_access returns for one page (-ENOMEM → OOM, other errors → SIGBUS).
    /// </summary>
    /// <remarks>Context: process, mmap_sem held for read, page-table lock not held; may sleep (direct_access, brd allocates).</remarks>
    public VmFaultResult Fault(VmFault vmf)
    {
        if (vmf.Pgoff >= SizePages || dead) return VmFaultResult.Sigbus;
        var access = new DaxHandle(kernel, Bdev).DirectAccess(vmf.Pgoff, 1);
        if (!access.IsOk) return access.Error == Errno.ENOMEM ? VmFaultResult.Oom : VmFaultResult.Sigbus;
        return VmFaultResult.Mapped(access.Value.Pfn);
    }

    /// <summary>dax_pfn_mkwrite: the write is accepted (the 4.6 radix-tree dirty entry is not modelled).</summary>
    /// <remarks>Context: process, mmap_sem held for read; never sleeps here.</remarks>
    public VmFaultResult PfnMkwrite(VmFault vmf) => dead ? VmFaultResult.Sigbus : VmFaultResult.NoPage;

    /// <remarks>Context: process; may sleep; takes no lock that faults take.</remarks>
    public Result Resize(long nrSectors)
    {
        if (nrSectors <= 0 || Bdev.StartSector + nrSectors > Bdev.Disk.CapacitySectors) return Errno.EINVAL;
        kernel.Context.MightSleep($"BLKPG_RESIZE_PARTITION({Bdev})");
        Bdev = Bdev with { NrSectors = nrSectors };
        return Result.Ok;
    }

    /// <remarks>Context: process; may sleep (unmap_mapping_range, memunmap_pages).</remarks>
    public bool Remove()
    {
        if (!dead)
        {
            dead = true;
            mm.UnmapMapping(this);
        }
        foreach (var map in Pagemaps.ToList()) kernel.DeviceMemory.Remove(map);
        return RemovalComplete;
    }
}
