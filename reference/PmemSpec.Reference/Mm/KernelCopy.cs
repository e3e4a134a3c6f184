using PmemSpec.Kernel;

namespace PmemSpec.Reference.Mm;

/// <summary>The kernel's copies into and out of pinned user pages (kmap, copy, kunmap).</summary>
internal static class KernelCopy
{
    /// <summary>Copies <paramref name="source"/> into pinned frames, from <paramref name="offset"/> in the first.</summary>
    /// <remarks>Context: any; does not sleep (kmap_atomic per page).</remarks>
    public static Result ToPages(SimulatedKernel kernel, IReadOnlyList<ulong> pfns, int offset, ReadOnlySpan<byte> source)
    {
        for (int done = 0, i = 0; done < source.Length; i++, offset = 0)
        {
            var n = Math.Min(source.Length - done, Units.PageSize - offset);
            using var map = kernel.Memory.KmapAtomic(pfns[i]);
            var written = kernel.Memory.Write(map.Address + offset, source.Slice(done, n));
            if (!written.IsOk) return written;
            done += n;
        }
        return Result.Ok;
    }

    /// <summary>Copies pinned frames into <paramref name="destination"/>, from <paramref name="offset"/> in the first.</summary>
    /// <remarks>Context: any; does not sleep (kmap_atomic per page).</remarks>
    public static Result FromPages(SimulatedKernel kernel, IReadOnlyList<ulong> pfns, int offset, Span<byte> destination)
    {
        for (int done = 0, i = 0; done < destination.Length; i++, offset = 0)
        {
            var n = Math.Min(destination.Length - done, Units.PageSize - offset);
            using var map = kernel.Memory.KmapAtomic(pfns[i]);
            var read = kernel.Memory.Read(map.Address + offset, destination.Slice(done, n));
            if (!read.IsOk) return read;
            done += n;
        }
        return Result.Ok;
    }
}
