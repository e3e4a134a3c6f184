using PmemSpec.Operations;
using PmemSpec.Operations.User;

namespace PmemSpec.Model.User;

/// <summary>How each step moves the model on, by what it returned.</summary>
public sealed partial class UserModel
{
    /// <summary>Moves the model past <paramref name="op"/>, which returned <paramref name="outcome"/>.</summary>
    /// <remarks>Context: pure; the device bytes an op touches must have been learnt first.</remarks>
    public void Apply(DeviceOp op, UserOutcome outcome)
    {
        switch (op)
        {
            case MemoryPressureOp p:
                Pressure = p.On;
                return;
            case RemoveDeviceOp:
                Removed = true;
                foreach (var m in Processes.Values.SelectMany(maps => maps.Values)) m.Copies.Clear();
                return;
            case ForkOp f:
                Fork(f);
                return;
            case MunmapOp u:
                if (Processes.TryGetValue(u.Proc, out var maps)) maps.Remove(u.Map);
                return;
            case UnpinOp u:
                Pins.Remove(u.Pin);
                return;
            case PoisonOp p when outcome.IsOk || outcome.Error == Errno.ENXIO:
                Poisoned.Add(p.Pgoff);
                return;
        }
        if (outcome.IsOk) ApplySuccess(op, outcome);
        else ForgetPartialCopies(op);
    }

    /// <summary>A failed write through get_user_pages (pin, O_DIRECT read, ptrace write) may have broken copy-on-write before failing.</summary>
    private void ForgetPartialCopies(DeviceOp op)
    {
        var (proc, map, page, pages) = op switch
        {
            PinOp { Write: true } p => (p.Proc, p.Map, p.Page, p.Pages),
            DirectIoReadOp r => (r.Proc, r.Map, r.Page, 1L),
            PtraceWriteOp w => (w.Proc, w.Map, w.Page, 1L),
            _ => (-1, -1, 0L, 0L),
        };
        if (Mapping(proc, map) is not { Shared: false, Writable: true } m) return;
        for (var i = page; i < page + pages; i++)
            if (!m.Copies.ContainsKey(i)) m.Uncertain.Add(i);
    }

    private void ApplySuccess(DeviceOp op, UserOutcome outcome)
    {
        switch (op)
        {
            case MmapOp m:
                Processes[m.Proc][m.Map] = new ModelMapping(m.Pgoff, m.Pages, m.Shared, m.Writable);
                break;
            case StoreOp s:
                WriteThrough(s.Proc, s.Map, s.Page, s.Offset, SeededBytes.Make(s.Seed, s.Length));
                break;
            case PtraceWriteOp w:
                WriteThrough(w.Proc, w.Map, w.Page, w.Offset, SeededBytes.Make(w.Seed, w.Length));
                break;
            case DirectIoReadOp r when OtherPage(r.OtherPage) is { } data:
                WriteThrough(r.Proc, r.Map, r.Page, 0, data);
                break;
            case DirectIoWriteOp w when View(w.Proc, w.Map, w.Page) is { } data:
                other[w.OtherPage] = (byte[])data.Clone();
                break;
            case DirectIoWriteOp w:
                other.Remove(w.OtherPage);
                break;
            case WriteOp w:
                WriteDevice(w.Sector, SeededBytes.Make(w.Seed, w.Sectors * Units.SectorSize));
                break;
            case PinOp p:
                Pins[p.Pin] = (p.Proc, p.Map, p.Page, p.Pages);
                for (var i = 0L; p.Write && i < p.Pages; i++) _ = PrivateCopy(p.Proc, p.Map, p.Page + i);
                break;
            case LongtermPinOp p:
                Pins[p.Pin] = (p.Proc, p.Map, p.Page, 1);
                break;
            case ResizeOp r:
                SizePages = r.Pages;
                break;
        }
    }

    private void Fork(ForkOp f)
    {
        if (!Processes.TryGetValue(f.Proc, out var parent)) return;
        Processes[f.Child] = parent.ToDictionary(e => e.Key, e => e.Value.ForkCopy());
        foreach (var key in parent.Keys.ToList()) parent[key] = parent[key] with { Forked = true };
    }

    /// <summary>A write through a mapping: to the device for a shared one, to the process's own copy (made now if need be) for a private one.</summary>
    private void WriteThrough(int proc, int map, long page, int offset, byte[] data)
    {
        if (Mapping(proc, map) is not { } m) return;
        if (m.Shared)
        {
            if (DevicePage(m.PgoffOf(page)) is { } bytes) data.CopyTo(bytes, offset);
            return;
        }
        if (PrivateCopy(proc, map, page) is { } copy) data.CopyTo(copy, offset);
    }

    /// <summary>The private copy of a page of a private mapping, made now from the device page if there is none (copy-on-write broken).</summary>
    private byte[]? PrivateCopy(int proc, int map, long page)
    {
        if (Mapping(proc, map) is not { Shared: false } m || m.Uncertain.Contains(page)) return null;
        if (m.Copies.TryGetValue(page, out var copy)) return copy;
        if (DevicePage(m.PgoffOf(page)) is not { } source) return null;
        copy = (byte[])source.Clone();
        m.Copies[page] = copy;
        return copy;
    }

    private void WriteDevice(long sector, byte[] data)
    {
        for (var done = 0; done < data.Length;)
        {
            var at = (sector * Units.SectorSize) + done;
            var pgoff = at / Units.PageSize;
            var inPage = (int)(at % Units.PageSize);
            var n = Math.Min(data.Length - done, Units.PageSize - inPage);
            if (DevicePage(pgoff) is { } bytes) data.AsSpan(done, n).CopyTo(bytes.AsSpan(inPage));
            done += n;
        }
    }
}
