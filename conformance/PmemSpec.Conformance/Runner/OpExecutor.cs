using PmemSpec.Block;
using PmemSpec.Model;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Runner;

/// <summary>Carries out one operation against the simulated kernel and the device, through the block layer or the DAX caller.</summary>
internal static class OpExecutor
{
    public static OpOutcome Run(DeviceOp op, Execution x, IDaxCaller caller) => op switch
    {
        ReadOp r => Read(x, r.Sector, r.Sectors),
        WriteOp w => new(BlockLayer.Write(x.Kernel, x.Bdev, w.Sector, SeededBytes.Of(w.Seed, checked((int)(w.Sectors * Units.SectorSize)))).Error),
        DiscardOp d => new(BlockLayer.Discard(x.Kernel, x.Bdev, d.Sector, d.Sectors).Error),
        FlushOp => new(BlockLayer.Flush(x.Kernel, x.Bdev).Error),
        PopulateOp => Populate(x),
        DirectAccessOp a => DirectAccess(x, caller, a),
        StoreViaDaxOp s => new(x.Kernel.Memory.Write(x.Model.Mapping(s.Pgoff)!.Value.Kaddr + s.Offset, SeededBytes.Of(s.Seed, s.Length)).Error),
        LoadViaDaxOp l => Load(x, l),
        MemoryPressureOp p => SetPressure(x, p.On),
        MediaErrorOp m => Inject(x, m),
        RemoveDeviceOp => Kill(caller),
        _ => throw new ArgumentException($"no executor for {op.Name}", nameof(op)),
    };

    private static OpOutcome Read(Execution x, long sector, long sectors)
    {
        var buffer = new byte[sectors * Units.SectorSize];
        var result = BlockLayer.Read(x.Kernel, x.Bdev, sector, buffer);
        return result.IsOk ? new(Errno.None, buffer) : new(result.Error);
    }

    private static OpOutcome Populate(Execution x)
    {
        var page = new byte[Units.PageSize];
        for (long p = 0; p < x.Model.Facts.PartitionPages; p++)
        {
            var sector = p * Units.SectorsPerPage;
            var read = BlockLayer.Read(x.Kernel, x.Bdev, sector, page);
            var written = read.IsOk ? BlockLayer.Write(x.Kernel, x.Bdev, sector, page) : read;
            if (!written.IsOk) return new(written.Error);
        }
        return OpOutcome.Ok;
    }

    private static OpOutcome DirectAccess(Execution x, IDaxCaller caller, DirectAccessOp a)
    {
        using var atomic = a.Ctx == CallContext.Atomic ? x.Kernel.Context.EnterAtomic("caller holds a spinlock") : null;
        var r = caller.DirectAccess(a.Pgoff, a.Pages, a.Mode);
        return r.IsOk ? new(Errno.None, Dax: r.Value) : new(r.Error);
    }

    private static OpOutcome Load(Execution x, LoadViaDaxOp l)
    {
        var buffer = new byte[l.Length];
        var result = x.Kernel.Memory.Read(x.Model.Mapping(l.Pgoff)!.Value.Kaddr + l.Offset, buffer);
        return result.IsOk ? new(Errno.None, buffer) : new(result.Error);
    }

    private static OpOutcome SetPressure(Execution x, bool on)
    {
        x.Kernel.Allocator.MemoryPressure = on;
        return OpOutcome.Ok;
    }

    private static OpOutcome Inject(Execution x, MediaErrorOp m)
    {
        x.Kernel.Badblocks.Inject(x.Bdev.Disk.DiskName, x.Bdev.StartSector + m.Sector, m.Sectors);
        return OpOutcome.Ok;
    }

    private static OpOutcome Kill(IDaxCaller caller)
    {
        caller.Kill();
        return OpOutcome.Ok;
    }
}
