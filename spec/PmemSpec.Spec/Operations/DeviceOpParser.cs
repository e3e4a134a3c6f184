namespace PmemSpec.Operations;

/// <summary>Parses the trace form of a device operation, <c>Name(arg=value, ...)</c>, back into the record.</summary>
public static class DeviceOpParser
{
    private static readonly Dictionary<string, (string[] Args, Func<OpArguments, DeviceOp> Make)> Ops = User.UserOpTable.AddTo(new(StringComparer.Ordinal)
    {
        ["Read"] = (["sector", "sectors"], a => new ReadOp(a.Long("sector"), a.Long("sectors"))),
        ["Write"] = (["sector", "sectors", "seed"], a => new WriteOp(a.Long("sector"), a.Long("sectors"), a.Int("seed"))),
        ["Discard"] = (["sector", "sectors"], a => new DiscardOp(a.Long("sector"), a.Long("sectors"))),
        ["Flush"] = ([], _ => new FlushOp()),
        ["Populate"] = ([], _ => new PopulateOp()),
        ["DirectAccess"] = (["pgoff", "pages", "ctx", "mode"], a => new DirectAccessOp(a.Long("pgoff"), a.Long("pages"),
            a.Enum("ctx", CallContext.Process), a.Enum("mode", Dax.DaxAccessMode.Access))),
        ["StoreViaDax"] = (["pgoff", "offset", "len", "seed"], a => new StoreViaDaxOp(a.Long("pgoff"), a.Int("offset"), a.Int("len"), a.Int("seed"))),
        ["LoadViaDax"] = (["pgoff", "offset", "len"], a => new LoadViaDaxOp(a.Long("pgoff"), a.Int("offset"), a.Int("len"))),
        ["MemoryPressure"] = (["on"], a => new MemoryPressureOp(a.Bool("on"))),
        ["MediaError"] = (["sector", "sectors"], a => new MediaErrorOp(a.Long("sector"), a.Long("sectors"))),
        ["RemoveDevice"] = ([], _ => new RemoveDeviceOp()),
    });

    /// <summary>The names of every operation, for messages and help.</summary>
    public static IReadOnlyCollection<string> Names => Ops.Keys;

    /// <summary>Parses one operation; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static DeviceOp Parse(string text)
    {
        var line = text.Trim();
        var open = line.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !line.EndsWith(')'))
            throw new FormatException($"'{line}' is not of the form Name(arg=value, ...)");
        var name = line[..open].Trim();
        if (!Ops.TryGetValue(name, out var op))
            throw new FormatException($"unknown operation '{name}' (known: {string.Join(", ", Ops.Keys)})");
        var args = new OpArguments(name, SplitArguments(name, line[(open + 1)..^1]));
        args.RejectUnknown(op.Args);
        return op.Make(args);
    }

    private static Dictionary<string, string> SplitArguments(string op, string body)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in body.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new FormatException($"{op}: '{part}' is not of the form arg=value");
            if (!values.TryAdd(part[..eq].Trim(), part[(eq + 1)..].Trim()))
                throw new FormatException($"{op}: argument '{part[..eq].Trim()}' given twice");
        }
        return values;
    }
}
