namespace PmemSpec.Kernel;

/// <summary>Bad block tables per disk name; the kit injects media errors here and drivers consult them.</summary>
/// <remarks>Context: any; never sleeps.</remarks>
public sealed class Badblocks
{
    private readonly Dictionary<string, BadblockTable> tables = new(StringComparer.Ordinal);
    private readonly EventTrace trace;

    internal Badblocks(EventTrace trace) => this.trace = trace;

    /// <summary>The table of a disk, created empty on first use.</summary>
    public BadblockTable For(string diskName)
    {
        if (!tables.TryGetValue(diskName, out var table))
            tables[diskName] = table = new BadblockTable();
        return table;
    }

    /// <summary>Injects a media error on a disk (what nfit_test error injection does).</summary>
    public void Inject(string diskName, long sector, long count)
    {
        For(diskName).Add(sector, count);
        trace.Record(KernelEventKind.Badblock, $"{diskName} sector={sector} count={count} marked bad");
    }
}
