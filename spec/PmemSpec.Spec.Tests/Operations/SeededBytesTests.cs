using PmemSpec.Operations;

namespace PmemSpec.Spec.Tests.Operations;

public class SeededBytesTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 7)]
    [InlineData(3, 512)]
    [InlineData(3, 8192)]
    [InlineData(16, 4096)]
    [InlineData(63, 100_000)]
    [InlineData(64, 512)]
    [InlineData(-5, 9)]
    public void Of_IsTheSameBytesAsMake_ForAnySeedAndLength(int seed, int length)
    {
        var made = SeededBytes.Make(seed, length);

        var shared = SeededBytes.Of(seed, length).ToArray();

        Assert.Equal(made, shared);
    }

    [Fact]
    public void Of_AShorterRun_IsAPrefixOfALongerOne_AskedInEitherOrder()
    {
        var first = SeededBytes.Of(5, 100).ToArray();
        var longer = SeededBytes.Of(5, 20_000).ToArray();
        var shorter = SeededBytes.Of(5, 100).ToArray();

        Assert.Equal(first, longer[..100]);
        Assert.Equal(first, shorter);
        Assert.Equal(SeededBytes.Make(5, 20_000), longer);
    }

    [Fact]
    public void Fill_WritesLittleEndianWords_AndAPartialLastWord()
    {
        var eleven = new byte[11];

        SeededBytes.Fill(2, eleven);

        Assert.Equal(SeededBytes.Make(2, 16)[..11], eleven);
    }

    [Theory]
    [InlineData(0, 13)]
    [InlineData(7, 1000)]
    [InlineData(-1, 64)]
    public void Make_IsSplitmix64_ByteBByteOfEachWord_AsSavedSequencesExpect(int seed, int length)
    {
        var expected = new byte[length];
        var state = 0x9E3779B97F4A7C15UL * (ulong)(uint)(seed + 1);
        for (var i = 0; i < length; i += 8)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            for (var b = 0; b < 8 && i + b < length; b++) expected[i + b] = (byte)(z >> (8 * b));
        }

        Assert.Equal(expected, SeededBytes.Make(seed, length));
    }
}
