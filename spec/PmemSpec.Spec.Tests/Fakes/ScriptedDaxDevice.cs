using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Fakes;

/// <summary>
/// A DAX driver whose <c>-&gt;direct_access</c> returns a scripted result and records every call:
/// how often, with which arguments, and whether it ran on the I/O path.
/// </summary>
public sealed class ScriptedDaxDevice(KernelContext context, long capacitySectors = 1024) : IDaxDevice
{
    /// <summary>The kernel address the default script hands out.</summary>
    public static readonly KernelAddress Kaddr = new(0xffff_c900_0000_0000);

    /// <summary>The pfn the default script hands out: device memory with struct pages.</summary>
    public static readonly PfnT Pfn = PfnT.From(0x4_0000_1234, PfnFlags.Dev | PfnFlags.Map);

    public string DiskName { get; init; } = "fake0";

    public long CapacitySectors => capacitySectors;

    public bool ReadOnly => false;

    public DaxTraits Traits => DaxTraits.NeverSleeps | DaxTraits.PageBacked;

    public bool DaxSupported { get; init; } = true;

    /// <summary>What the next call returns (by default: 1 page at <see cref="Kaddr"/>).</summary>
    public Result<DirectAccessResult> Next { get; set; } = Pages(1);

    public int Calls { get; private set; }

    public long LastPgoff { get; private set; } = -1;

    public long LastNrPages { get; private set; } = -1;

    public DaxAccessMode? LastMode { get; private set; }

    /// <summary>Whether the last call ran on the I/O path.</summary>
    public bool SawIoPath { get; private set; }

    /// <summary>A successful script of <paramref name="pages"/> pages at <see cref="Kaddr"/> and <see cref="Pfn"/>.</summary>
    public static Result<DirectAccessResult> Pages(long pages) => new DirectAccessResult(pages, Kaddr, Pfn);

    public Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
    {
        Calls++;
        LastPgoff = pgoff;
        LastNrPages = nrPages;
        LastMode = mode;
        SawIoPath = context.OnIoPath;
        return Next;
    }

    public Result Read(long sector, Span<byte> buffer)
    {
        buffer.Clear();
        return Result.Ok;
    }

    public Result Write(long sector, ReadOnlySpan<byte> data) => Result.Ok;

    public Result Discard(long sector, long nrSectors) => Errno.EOPNOTSUPP;

    public Result Flush() => Result.Ok;
}
