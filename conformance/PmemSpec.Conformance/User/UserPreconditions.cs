using PmemSpec.Model.User;
using PmemSpec.Operations;
using PmemSpec.Operations.User;

namespace PmemSpec.Conformance.User;

/// <summary>Whether a step means something now: it names processes, mappings and pins that exist, and ranges inside them. A step that does not is skipped, so shrinking keeps every step meaningful.</summary>
internal static class UserPreconditions
{
    public static bool Hold(DeviceOp op, UserModel model, UserWorld world) => op switch
    {
        MmapOp m => world.Processes.ContainsKey(m.Proc) && !world.Maps.ContainsKey((m.Proc, m.Map)) && m.Pages is >= 1 and <= 16 && m.Pgoff >= 0 && m.Pgoff < model.Facts.DevicePages,
        MunmapOp or MsyncOp => Mapped(op, world),
        LoadOp l => Bytes(world, l.Proc, l.Map, l.Page, l.Offset, l.Length),
        StoreOp s => Bytes(world, s.Proc, s.Map, s.Page, s.Offset, s.Length),
        PtraceReadOp r => Bytes(world, r.Proc, r.Map, r.Page, r.Offset, r.Length),
        PtraceWriteOp w => Bytes(world, w.Proc, w.Map, w.Page, w.Offset, w.Length),
        DirectIoReadOp r => Bytes(world, r.Proc, r.Map, r.Page, 0, 1) && r.OtherPage >= 0 && r.OtherPage < model.Facts.OtherPages,
        DirectIoWriteOp w => Bytes(world, w.Proc, w.Map, w.Page, 0, 1) && w.OtherPage >= 0 && w.OtherPage < model.Facts.OtherPages,
        ForkOp f => world.Processes.ContainsKey(f.Proc) && !world.Processes.ContainsKey(f.Child) && !world.Pins.ContainsKey(f.Child),
        PinOp p => Bytes(world, p.Proc, p.Map, p.Page + p.Pages - 1, 0, 1) && p.Pages is >= 1 and <= 4 && !world.Pins.ContainsKey(p.Pin),
        LongtermPinOp p => Bytes(world, p.Proc, p.Map, p.Page, 0, 1) && !world.Pins.ContainsKey(p.Pin),
        UnpinOp u => world.Pins.ContainsKey(u.Pin),
        PoisonOp p => !model.Removed && p.Pgoff >= 0 && p.Pgoff < model.Facts.DevicePages,
        ResizeOp r => !model.Removed && r.Pages >= 1 && r.Pages <= model.Facts.DevicePages,
        ReadOp or WriteOp => !model.Removed && BlockPage(op, model),
        FlushOp or RemoveDeviceOp => !model.Removed,
        MemoryPressureOp => true,
        _ => false,
    };

    private static bool Mapped(DeviceOp op, UserWorld world) => op switch
    {
        MunmapOp u => world.Maps.ContainsKey((u.Proc, u.Map)),
        MsyncOp s => world.Maps.ContainsKey((s.Proc, s.Map)),
        _ => false,
    };

    private static bool Bytes(UserWorld world, int proc, int map, long page, int offset, int length) =>
        world.Maps.TryGetValue((proc, map), out var m) && page >= 0 && page < m.Pages && offset >= 0 && length >= 1 && offset + length <= Units.PageSize;

    private static bool BlockPage(DeviceOp op, UserModel model)
    {
        var (sector, sectors) = op switch { ReadOp r => (r.Sector, r.Sectors), WriteOp w => (w.Sector, w.Sectors), _ => (-1L, 0L) };
        return sector >= 0 && sector % Units.SectorsPerPage == 0 && sectors == Units.SectorsPerPage && sector / Units.SectorsPerPage < model.Facts.DevicePages;
    }
}
