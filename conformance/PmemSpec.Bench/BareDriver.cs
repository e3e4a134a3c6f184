using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Operations;

namespace PmemSpec.Bench;

/// <summary>
/// One fresh driver called bare: block I/O and direct_access straight on the driver, DAX loads and
/// stores through the addresses it returned; no block layer, no wrapper, no model, no invariants.
/// It keeps only the argument checks that stop a request before the driver (so out-of-range
/// requests cost what they cost a real caller: nothing) and the addresses a caller must remember.
/// </summary>
internal sealed class BareDriver
{
    private readonly SimulatedKernel kernel;
    private readonly IDaxDevice device;
    private readonly long start;
    private readonly long sectors;
    private readonly Dictionary<long, KernelAddress> mapped = [];
    private bool removed;

    /// <summary>Builds the kernel and the device of <paramref name="profile"/> (the driver's constructor runs here).</summary>
    public BareDriver(DeviceProfile profile)
    {
        kernel = profile.NewKernel();
        device = profile.Create(kernel);
        start = profile.PartitionStart;
        sectors = profile.PartitionSectors;
    }

    /// <summary>Carries out one operation; <paramref name="payload"/> holds a write's or store's bytes, <paramref name="buffer"/> is scratch for reads.</summary>
    public void Do(DeviceOp op, byte[]? payload, byte[] buffer)
    {
        switch (op)
        {
            case ReadOp r when InRange(r.Sector, r.Sectors): device.Read(start + r.Sector, buffer.AsSpan(0, (int)r.Sectors * Units.SectorSize)); break;
            case WriteOp w when InRange(w.Sector, w.Sectors): device.Write(start + w.Sector, payload); break;
            case DiscardOp d when InRange(d.Sector, d.Sectors): Discard(d); break;
            case FlushOp: device.Flush(); break;
            case PopulateOp: Populate(buffer); break;
            case DirectAccessOp a: DirectAccess(a); break;
            case StoreViaDaxOp s: kernel.Memory.Write(mapped[s.Pgoff] + s.Offset, payload); break;
            case LoadViaDaxOp l: kernel.Memory.Read(mapped[l.Pgoff] + l.Offset, buffer.AsSpan(0, l.Length)); break;
            case MemoryPressureOp p: kernel.Allocator.MemoryPressure = p.On; break;
            case MediaErrorOp m: kernel.Badblocks.Inject(device.DiskName, start + m.Sector, m.Sectors); break;
            case RemoveDeviceOp: removed = true; mapped.Clear(); break;
        }
    }

    private bool InRange(long sector, long count) => sector >= 0 && count >= 0 && sector + count <= sectors;

    private void Discard(DiscardOp d)
    {
        if (!device.Discard(start + d.Sector, d.Sectors).IsOk) return;
        for (var p = d.Sector / Units.SectorsPerPage; p <= (d.Sector + d.Sectors - 1) / Units.SectorsPerPage; p++) mapped.Remove(p);
    }

    private void Populate(byte[] buffer)
    {
        var page = buffer.AsSpan(0, Units.PageSize);
        for (long s = 0; s + Units.SectorsPerPage <= sectors; s += Units.SectorsPerPage)
            if (!device.Read(start + s, page).IsOk || !device.Write(start + s, page).IsOk) return;
    }

    private void DirectAccess(DirectAccessOp a)
    {
        if (a.Pages < 0 || removed || !device.DaxSupported || start % Units.SectorsPerPage != 0) return;
        var era = kernel.Era;
        long pages;
        KernelAddress kaddr;
        if (era.IsSectorDax())
        {
            if (a.Pgoff < 0 || (a.Pgoff + a.Pages) * Units.SectorsPerPage > sectors) return;
            if (!SectorDirectAccess(a, era, out pages, out kaddr)) return;
        }
        else
        {
            var r = device.DirectAccess(a.Pgoff + (start / Units.SectorsPerPage), a.Pages, era >= Era.V6_1 ? a.Mode : DaxAccessMode.Access);
            if (!r.IsOk) return;
            (pages, kaddr) = (Math.Min(r.Value.Pages, a.Pages), r.Value.Kaddr);
        }
        for (var i = 0; i < pages; i++) mapped.TryAdd(a.Pgoff + i, kaddr + (i * Units.PageSize));
    }

    private bool SectorDirectAccess(DirectAccessOp a, Era era, out long pages, out KernelAddress kaddr)
    {
        var sector = start + (a.Pgoff * Units.SectorsPerPage);
        var size = a.Pages * Units.PageSize;
        if (device is ISectorDirectAccess legacy)
        {
            var r = legacy.DirectAccess(sector, era.PassesSizeToDriver() ? size : 0);
            (pages, kaddr) = r.IsOk ? (Math.Min(r.Value.Bytes, size) / Units.PageSize, r.Value.Kaddr) : (0, default);
            return r.IsOk;
        }
        var p = device.DirectAccess(sector / Units.SectorsPerPage, a.Pages, DaxAccessMode.Access);
        (pages, kaddr) = p.IsOk ? (Math.Min(p.Value.Pages, a.Pages), p.Value.Kaddr) : (0, default);
        return p.IsOk;
    }
}
