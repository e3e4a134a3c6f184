namespace PmemSpec.Operations.User;

/// <summary>The user operations' entries in the <see cref="DeviceOpParser"/> table: name, arguments, and how to build the record.</summary>
internal static class UserOpTable
{
    /// <summary>Adds the user operations to <paramref name="ops"/> and returns it.</summary>
    public static Dictionary<string, (string[] Args, Func<OpArguments, DeviceOp> Make)> AddTo(
        Dictionary<string, (string[] Args, Func<OpArguments, DeviceOp> Make)> ops)
    {
        ops["Mmap"] = (["proc", "map", "pgoff", "pages", "shared", "writable"], a => new MmapOp(a.Int("proc"), a.Int("map"), a.Long("pgoff"), a.Long("pages"), a.Bool("shared"), a.Bool("writable")));
        ops["Munmap"] = (["proc", "map"], a => new MunmapOp(a.Int("proc"), a.Int("map")));
        ops["Msync"] = (["proc", "map"], a => new MsyncOp(a.Int("proc"), a.Int("map")));
        ops["Load"] = (["proc", "map", "page", "offset", "len"], a => new LoadOp(a.Int("proc"), a.Int("map"), a.Long("page"), a.Int("offset"), a.Int("len")));
        ops["Store"] = (["proc", "map", "page", "offset", "len", "seed"], a => new StoreOp(a.Int("proc"), a.Int("map"), a.Long("page"), a.Int("offset"), a.Int("len"), a.Int("seed")));
        ops["Fork"] = (["proc", "child"], a => new ForkOp(a.Int("proc"), a.Int("child")));
        ops["PtraceRead"] = (["proc", "map", "page", "offset", "len"], a => new PtraceReadOp(a.Int("proc"), a.Int("map"), a.Long("page"), a.Int("offset"), a.Int("len")));
        ops["PtraceWrite"] = (["proc", "map", "page", "offset", "len", "seed"], a => new PtraceWriteOp(a.Int("proc"), a.Int("map"), a.Long("page"), a.Int("offset"), a.Int("len"), a.Int("seed")));
        ops["DirectIoRead"] = (["proc", "map", "page", "other"], a => new DirectIoReadOp(a.Int("proc"), a.Int("map"), a.Long("page"), a.Long("other")));
        ops["DirectIoWrite"] = (["proc", "map", "page", "other"], a => new DirectIoWriteOp(a.Int("proc"), a.Int("map"), a.Long("page"), a.Long("other")));
        ops["Pin"] = (["proc", "map", "page", "pages", "write", "pin"], a => new PinOp(a.Int("proc"), a.Int("map"), a.Long("page"), a.Long("pages"), a.Bool("write"), a.Int("pin")));
        ops["LongtermPin"] = (["proc", "map", "page", "pin"], a => new LongtermPinOp(a.Int("proc"), a.Int("map"), a.Long("page"), a.Int("pin")));
        ops["Unpin"] = (["pin"], a => new UnpinOp(a.Int("pin")));
        ops["Poison"] = (["pgoff"], a => new PoisonOp(a.Long("pgoff")));
        ops["Resize"] = (["pages"], a => new ResizeOp(a.Long("pages")));
        return ops;
    }
}
