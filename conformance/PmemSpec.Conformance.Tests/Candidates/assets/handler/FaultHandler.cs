using PmemSpec;
using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace Candidates.Handler;

/// <summary>
/// A raw block-device DAX layer written from the contract alone (blkdev_dax_fault, v4.6): a fault
/// maps the pfn direct_access returns for that page, in process context; removal zaps every entry
/// and removes the disk's device memory. <see cref="HoldsPtl"/> makes the sibling mutant.
/// </summary>
public class FaultHandler : IRawBlockDaxDevice
{
    private readonly IMm mm;
    private bool dead;

    public FaultHandler(IMm mm, Partition bdev)
    {
        this.mm = mm;
        Bdev = bdev;
        Name = "/dev/" + bdev;
    }

    public Partition Bdev { get; private set; }

    public string Name { get; }

    public DaxMappingKind DaxKind => DaxMappingKind.FsDax;

    public bool MixedMap => true;

    public bool Alive => !dead;

    public bool RemovalComplete => dead && Pagemaps.All(m => m.State == PagemapState.Removed);

    /// <summary>The mutant's switch: take the page-table lock around direct_access.</summary>
    protected virtual bool HoldsPtl => false;

    private IEnumerable<DevicePagemap> Pagemaps => mm.Kernel.Pages.Pagemaps.Where(m => m.Owner == Bdev.Disk.DiskName);

    public Result CheckMmap(long pgoff, long pages, Protection prot, bool shared) =>
        dead ? Errno.ENXIO : shared && prot.HasFlag(Protection.Write) && Bdev.Disk.ReadOnly ? Errno.EACCES : Result.Ok;

    public VmFaultResult Fault(VmFault vmf)
    {
        if (dead || vmf.Pgoff >= Bdev.NrSectors / Units.SectorsPerPage) return VmFaultResult.Sigbus;
        using var ptl = HoldsPtl ? mm.Kernel.Context.LockPageTable(vmf.Process) : null;
        var access = new DaxHandle(mm.Kernel, Bdev).DirectAccess(vmf.Pgoff, 1);
        if (!access.IsOk) return access.Error == Errno.ENOMEM ? VmFaultResult.Oom : VmFaultResult.Sigbus;
        return VmFaultResult.Mapped(access.Value.Pfn);
    }

    public VmFaultResult PfnMkwrite(VmFault vmf) => dead ? VmFaultResult.Sigbus : VmFaultResult.NoPage;

    public Result Resize(long nrSectors)
    {
        if (nrSectors <= 0 || Bdev.StartSector + nrSectors > Bdev.Disk.CapacitySectors) return Errno.EINVAL;
        mm.Kernel.Context.MightSleep($"BLKPG_RESIZE_PARTITION({Bdev})");
        Bdev = Bdev with { NrSectors = nrSectors };
        return Result.Ok;
    }

    public bool Remove()
    {
        if (!dead)
        {
            dead = true;
            mm.UnmapMapping(this);
        }
        foreach (var map in Pagemaps.ToList()) mm.Kernel.DeviceMemory.Remove(map);
        return RemovalComplete;
    }
}

/// <summary>SLEEP-101's mutant: direct_access under the page-table lock; brd's may sleep (domain §10).</summary>
public sealed class PtlHeldHandler(IMm mm, Partition bdev) : FaultHandler(mm, bdev)
{
    protected override bool HoldsPtl => true;
}
