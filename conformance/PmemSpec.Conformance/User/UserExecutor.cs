using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Model.User;
using PmemSpec.Operations;
using PmemSpec.Operations.User;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.User;

/// <summary>Runs one user-level step on the machine, through the mm, the raw device and the block layer, and reports what it returned.</summary>
internal static class UserExecutor
{
    /// <remarks>Context: process; may sleep (the step's own system call does).</remarks>
    public static UserOutcome Run(DeviceOp op, UserWorld w) => op switch
    {
        MmapOp m => Mmap(w, m),
        MunmapOp u => Munmap(w, u),
        MsyncOp => UserOutcome.Of(BlockLayer.Flush(w.Kernel, w.Bdev)),
        LoadOp l => Load(w, l),
        StoreOp s => Access(w.Processes[s.Proc].Store(w.At(s.Proc, s.Map, s.Page, s.Offset), SeededBytes.Make(s.Seed, s.Length)), null),
        ForkOp f => Fork(w, f),
        PtraceReadOp r => PtraceRead(w, r),
        PtraceWriteOp p => Count(w.Tracer.AccessRemoteVm(w.Processes[p.Proc], w.At(p.Proc, p.Map, p.Page, p.Offset), SeededBytes.Make(p.Seed, p.Length), write: true), null),
        DirectIoReadOp r => Count(w.Processes[r.Proc].DirectIoRead(w.Other, r.OtherPage * Units.SectorsPerPage, w.At(r.Proc, r.Map, r.Page), Units.PageSize), null),
        DirectIoWriteOp d => Count(w.Processes[d.Proc].DirectIoWrite(w.Other, d.OtherPage * Units.SectorsPerPage, w.At(d.Proc, d.Map, d.Page), Units.PageSize), null),
        PinOp p => Pin(w, p.Proc, p.Map, p.Page, p.Pages, p.Write ? GupFlags.Write : GupFlags.None, p.Pin),
        LongtermPinOp p => Pin(w, p.Proc, p.Map, p.Page, 1, GupFlags.Longterm, p.Pin),
        UnpinOp u => Unpin(w, u),
        PoisonOp p => Poison(w, p),
        ResizeOp r => UserOutcome.Of(w.Raw.Resize(r.Pages * Units.SectorsPerPage)),
        _ => UserDeviceSteps.Run(op, w),
    };

    private static UserOutcome Mmap(UserWorld w, MmapOp m)
    {
        var mapped = w.Processes[m.Proc].Mmap(w.Raw, m.Pgoff, m.Pages, m.Writable ? Protection.ReadWrite : Protection.Read, m.Shared);
        if (!mapped.IsOk) return new UserOutcome(UserResultKind.Errno, mapped.Error);
        w.Maps[(m.Proc, m.Map)] = (mapped.Value, m.Pages);
        return UserOutcome.Ok;
    }

    private static UserOutcome Munmap(UserWorld w, MunmapOp u)
    {
        var (start, pages) = w.Maps[(u.Proc, u.Map)];
        var result = w.Processes[u.Proc].Munmap(start, pages);
        w.Maps.Remove((u.Proc, u.Map));
        w.Unmapped = (u.Proc, u.Map, start, pages);
        return UserOutcome.Of(result);
    }

    private static UserOutcome Load(UserWorld w, LoadOp l)
    {
        var bytes = new byte[l.Length];
        return Access(w.Processes[l.Proc].Load(w.At(l.Proc, l.Map, l.Page, l.Offset), bytes), bytes);
    }

    private static UserOutcome Fork(UserWorld w, ForkOp f)
    {
        w.Processes[f.Child] = w.Processes[f.Proc].Fork($"p{f.Child}");
        foreach (var ((proc, map), range) in w.Maps.Where(e => e.Key.Proc == f.Proc).ToList()) w.Maps[(f.Child, map)] = range;
        return UserOutcome.Ok;
    }

    private static UserOutcome PtraceRead(UserWorld w, PtraceReadOp r)
    {
        var bytes = new byte[r.Length];
        return Count(w.Tracer.AccessRemoteVm(w.Processes[r.Proc], w.At(r.Proc, r.Map, r.Page, r.Offset), bytes, write: false), bytes);
    }

    private static UserOutcome Pin(UserWorld w, int proc, int map, long page, long pages, GupFlags flags, int label)
    {
        var pinned = w.Processes[proc].GetUserPages(w.At(proc, map, page), pages, flags);
        if (!pinned.IsOk) return new UserOutcome(UserResultKind.Errno, pinned.Error);
        w.Pins[label] = pinned.Value;
        return new UserOutcome(UserResultKind.Ok, Pfns: pinned.Value.Pfns);
    }

    private static UserOutcome Unpin(UserWorld w, UnpinOp u)
    {
        w.Pins[u.Pin].Dispose();
        w.Pins.Remove(u.Pin);
        return UserOutcome.Ok;
    }

    private static UserOutcome Poison(UserWorld w, PoisonOp p)
    {
        var access = new DaxHandle(w.Kernel, w.Bdev).DirectAccess(p.Pgoff, 1);
        return access.IsOk ? UserOutcome.Of(w.Mm.MemoryFailure(access.Value.Pfn.Pfn)) : new UserOutcome(UserResultKind.Errno, access.Error);
    }

    private static UserOutcome Access(AccessResult result, byte[]? bytes) => result.Outcome switch
    {
        AccessOutcome.Ok => new UserOutcome(UserResultKind.Ok, Bytes: bytes),
        AccessOutcome.Sigbus => new UserOutcome(UserResultKind.Sigbus, Mceerr: result.Code == SignalCode.BusMceerrAr),
        AccessOutcome.Segv => new UserOutcome(UserResultKind.Segv),
        _ => new UserOutcome(UserResultKind.Oom),
    };

    private static UserOutcome Count(Result<int> result, byte[]? bytes) =>
        result.IsOk ? new UserOutcome(UserResultKind.Ok, Bytes: bytes?[..result.Value]) : new UserOutcome(UserResultKind.Errno, result.Error);
}
