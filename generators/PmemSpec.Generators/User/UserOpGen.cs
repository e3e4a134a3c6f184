using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Operations;
using PmemSpec.Generators.Sequences;
using PmemSpec.Operations.User;

namespace PmemSpec.Generators.User;

/// <summary>The argument generators of single user steps: a mapping, a page of it, a byte range of the page.</summary>
internal static class UserOpGen
{
    private const int MaxAccess = 64;

    public static Gen<DeviceOp> Mmap(UserGenTarget t, UserGenState s, int proc)
    {
        var last = Math.Max(0, t.DevicePages - 1);
        var pgoff = Weighted.Pick((8, Gen.Choose(0, (int)Math.Max(0, last - 3))), (2, Gen.Choose((int)Math.Max(0, last - 2), (int)last)));
        return from p in pgoff
               from n in Gen.Choose(1, 4)
               from shared in Weighted.Pick((3, Gen.Constant(true)), (2, Gen.Constant(false)))
               from writable in Weighted.Pick((4, Gen.Constant(true)), (1, Gen.Constant(false)))
               select (DeviceOp)new MmapOp(proc, s.Next, p, n, shared, writable);
    }

    public static Gen<(int Proc, int Map, long Page)> Site(UserGenState s) =>
        from m in Gen.Elements(s.AllMaps.AsEnumerable())
        from page in Gen.Choose(0, (int)m.M.Pages - 1)
        select (m.Proc, m.Map, (long)page);

    public static Gen<(int Offset, int Length)> Bytes() =>
        from len in Weighted.Pick((4, Gen.Choose(1, 8)), (1, Gen.Choose(9, MaxAccess)))
        from offset in Weighted.Pick((3, Gen.Choose(0, Units.PageSize - len)), (1, Gen.Constant(0)))
        select (offset, len);

    public static Gen<DeviceOp> Load(UserGenState s) =>
        from at in Site(s) from b in Bytes() select (DeviceOp)new LoadOp(at.Proc, at.Map, at.Page, b.Offset, b.Length);

    public static Gen<DeviceOp> Store(UserGenState s) =>
        from at in Site(s) from b in Bytes() from seed in Gen.Choose(1, 999)
        select (DeviceOp)new StoreOp(at.Proc, at.Map, at.Page, b.Offset, b.Length, seed);

    public static Gen<DeviceOp> Ptrace(UserGenState s) =>
        from at in Site(s) from b in Bytes() from write in Gen.Elements(true, false) from seed in Gen.Choose(1, 999)
        select write ? (DeviceOp)new PtraceWriteOp(at.Proc, at.Map, at.Page, b.Offset, b.Length, seed)
            : new PtraceReadOp(at.Proc, at.Map, at.Page, b.Offset, b.Length);

    public static Gen<DeviceOp> DirectIo(UserGenTarget t, UserGenState s) =>
        from at in Site(s) from other in Gen.Choose(0, (int)t.OtherPages - 1) from read in Gen.Elements(true, false)
        select read ? (DeviceOp)new DirectIoReadOp(at.Proc, at.Map, at.Page, other) : new DirectIoWriteOp(at.Proc, at.Map, at.Page, other);

    public static Gen<DeviceOp> Pin(UserGenState s) =>
        from at in Site(s) from pages in Weighted.Pick((3, Gen.Constant(1)), (1, Gen.Choose(2, 3))) from write in Gen.Elements(true, false)
        from longterm in Weighted.Pick((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select longterm ? (DeviceOp)new LongtermPinOp(at.Proc, at.Map, at.Page, s.Next) : new PinOp(at.Proc, at.Map, at.Page, pages, write, s.Next);

    public static Gen<DeviceOp> BlockPage(UserGenTarget t, bool write) =>
        from page in Gen.Choose(0, (int)t.DevicePages - 1) from seed in Gen.Choose(1, 999)
        select write ? (DeviceOp)new WriteOp(page * Units.SectorsPerPage, Units.SectorsPerPage, seed) : new ReadOp(page * Units.SectorsPerPage, Units.SectorsPerPage);

    public static Gen<DeviceOp> Resize(UserGenTarget t) =>
        Gen.Choose((int)Math.Max(1, t.DevicePages / 2), (int)t.DevicePages).Select(p => (DeviceOp)new ResizeOp(p));
}
