namespace PmemSpec.Reference.Tests.Support;

/// <summary>Seeded, deterministic test data: no byte is zero, and two seeds less than 251 apart differ.</summary>
internal static class BytePattern
{
    /// <summary><paramref name="length"/> non-zero bytes determined by <paramref name="seed"/>.</summary>
    public static byte[] Make(int length, int seed)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
            bytes[i] = (byte)(1 + ((((long)i * 131) + ((long)seed * 7919)) % 251));
        return bytes;
    }

    /// <summary><paramref name="length"/> zero bytes, for comparisons.</summary>
    public static byte[] Zeros(int length) => new byte[length];
}
