namespace PmemSpec.Kernel;

/// <summary>
/// The bytes of every pfn, stored sparsely: a frame costs memory only once touched. Untouched RAM
/// holds <see cref="PagePoison"/>; untouched device memory holds zeros (a fresh namespace).
/// </summary>
/// <remarks>Context: any; never sleeps. This is the physical view; drivers use <see cref="KernelAddressSpace"/>.</remarks>
public sealed class PhysicalMemory
{
    /// <summary>The byte a page holds when allocated without __GFP_ZERO, and after it is freed.</summary>
    public const byte PagePoison = 0xAA;

    private readonly PageRegistry registry;
    private readonly Dictionary<ulong, byte[]> frames = [];

    internal PhysicalMemory(PageRegistry registry) => this.registry = registry;

    /// <summary>How many frames hold bytes (the simulation's own memory use, in pages).</summary>
    public int MaterializedFrames => frames.Count;

    /// <summary>Copies bytes out of one frame, unchecked (the kit's own view).</summary>
    public void ReadPhys(ulong pfn, int offset, Span<byte> destination) =>
        Frame(pfn).AsSpan(offset, destination.Length).CopyTo(destination);

    /// <summary>Copies bytes into one frame, unchecked (the kit's own view).</summary>
    public void WritePhys(ulong pfn, int offset, ReadOnlySpan<byte> source) =>
        source.CopyTo(Frame(pfn).AsSpan(offset, source.Length));

    internal void Fill(ulong pfn, byte value) => Array.Fill(Frame(pfn), value);

    internal byte[] Frame(ulong pfn)
    {
        if (!frames.TryGetValue(pfn, out var frame))
        {
            frame = new byte[Units.PageSize];
            if (registry.IsRam(pfn)) Array.Fill(frame, PagePoison);
            frames[pfn] = frame;
        }
        return frame;
    }
}
