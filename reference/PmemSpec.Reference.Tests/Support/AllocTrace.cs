using System.Globalization;
using PmemSpec.Kernel;

namespace PmemSpec.Reference.Tests.Support;

/// <summary>Reads the Alloc events of the trace back into pfns and GFP flags.</summary>
internal static class AllocTrace
{
    /// <summary>The allocations recorded at or after <paramref name="mark"/>, oldest first.</summary>
    public static IReadOnlyList<AllocRecord> Since(SimulatedKernel kernel, long mark) =>
        [.. kernel.Trace.Since(mark).Where(e => e.Kind == KernelEventKind.Alloc).Select(e => Parse(e.Detail))];

    // The allocator writes "pfn=0x1a2 [highmem ]gfp=NoIo, Zero by caller".
    private static AllocRecord Parse(string detail)
    {
        var pfnEnd = detail.IndexOf(' ', StringComparison.Ordinal);
        var pfn = ulong.Parse(detail.AsSpan("pfn=0x".Length, pfnEnd - "pfn=0x".Length), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var gfpStart = detail.IndexOf("gfp=", StringComparison.Ordinal) + "gfp=".Length;
        var gfpEnd = detail.IndexOf(" by ", gfpStart, StringComparison.Ordinal);
        return new AllocRecord(pfn, Enum.Parse<Gfp>(detail[gfpStart..gfpEnd]));
    }
}
