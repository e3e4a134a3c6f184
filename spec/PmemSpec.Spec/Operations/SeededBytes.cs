using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace PmemSpec.Operations;

/// <summary>
/// The bytes an operation's seed stands for: splitmix64, fixed forever so that a saved sequence
/// replays to the same bytes on any runtime.
/// </summary>
public static class SeededBytes
{
    private const int MaxSharedSeed = 64;
    private const int MaxSharedLength = 64 * 1024;

    // Per seed, the longest run of its bytes asked for so far: a shorter run is a prefix of a longer one.
    private static readonly ConcurrentDictionary<int, byte[]> Shared = new();

    /// <summary>Fills <paramref name="destination"/> from <paramref name="seed"/>; seed 0 gives a recognisable 0x5A-based pattern too.</summary>
    public static void Fill(int seed, Span<byte> destination)
    {
        var state = 0x9E3779B97F4A7C15UL * (ulong)(uint)(seed + 1);
        for (var i = 0; i < destination.Length; i += 8)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            if (i + 8 <= destination.Length)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(destination[i..], z); // byte b is z >> 8b, a word at a time
                continue;
            }
            for (var b = 0; i + b < destination.Length; b++) destination[i + b] = (byte)(z >> (8 * b));
        }
    }

    /// <summary>
    /// The first <paramref name="length"/> seeded bytes, read-only and shared: for small seeds and
    /// lengths they are made once per process, not once per operation (the runner and the model
    /// both ask for every write's and store's bytes).
    /// </summary>
    /// <remarks>Context: any; thread-safe; allocates only the first time a seed needs more bytes.</remarks>
    public static ReadOnlySpan<byte> Of(int seed, int length)
    {
        if (seed < 0 || seed >= MaxSharedSeed || length > MaxSharedLength) return Make(seed, length);
        if (Shared.TryGetValue(seed, out var bytes) && bytes.Length >= length) return bytes.AsSpan(0, length);
        var longer = Make(seed, Math.Max(length, Units.PageSize));
        Shared[seed] = longer;
        return longer.AsSpan(0, length);
    }

    /// <summary>A new array of <paramref name="length"/> seeded bytes.</summary>
    public static byte[] Make(int seed, long length)
    {
        var bytes = new byte[length];
        Fill(seed, bytes);
        return bytes;
    }
}
