using System.Buffers.Binary;

namespace PmemSpec.Operations;

/// <summary>
/// The bytes an operation's seed stands for: splitmix64, fixed forever so that a saved sequence
/// replays to the same bytes on any runtime.
/// </summary>
public static class SeededBytes
{
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

    /// <summary>A new array of <paramref name="length"/> seeded bytes.</summary>
    public static byte[] Make(int seed, long length)
    {
        var bytes = new byte[length];
        Fill(seed, bytes);
        return bytes;
    }
}
