using PmemSpec.Model.User;
using PmemSpec.Operations;
using PmemSpec.Operations.User;

namespace PmemSpec.Conformance.User;

/// <summary>The device and other-disk pages a step could change or read: learnt before it, read back after it.</summary>
internal static class UserFootprint
{
    /// <summary>Device pages: a new mapping's range, the page behind an access, a block I/O's page.</summary>
    public static IEnumerable<long> DevicePages(DeviceOp op, UserModel model)
    {
        IEnumerable<long> pages = op switch
        {
            MmapOp m => Range(m.Pgoff, m.Pages),
            ReadOp r => [r.Sector / Units.SectorsPerPage],
            WriteOp w => [w.Sector / Units.SectorsPerPage],
            _ => Site(op, model),
        };
        return pages.Where(p => p >= 0 && p < model.Facts.DevicePages);
    }

    /// <summary>Other-disk pages: the one an O_DIRECT reads or writes.</summary>
    public static IEnumerable<long> OtherPages(DeviceOp op) => op switch
    {
        DirectIoReadOp r => [r.OtherPage],
        DirectIoWriteOp w => [w.OtherPage],
        _ => [],
    };

    private static IEnumerable<long> Site(DeviceOp op, UserModel model)
    {
        var (proc, map, page) = op switch
        {
            LoadOp l => (l.Proc, l.Map, l.Page),
            StoreOp s => (s.Proc, s.Map, s.Page),
            PtraceReadOp r => (r.Proc, r.Map, r.Page),
            PtraceWriteOp w => (w.Proc, w.Map, w.Page),
            DirectIoReadOp r => (r.Proc, r.Map, r.Page),
            DirectIoWriteOp w => (w.Proc, w.Map, w.Page),
            _ => (-1, -1, -1L),
        };
        return model.Mapping(proc, map) is { } m ? [m.PgoffOf(page)] : [];
    }

    private static IEnumerable<long> Range(long from, long count)
    {
        for (var p = from; p < from + count; p++) yield return p;
    }
}
