using FsCheck;
using FsCheck.Xunit;

namespace PmemSpec.Spec.Tests.Pfn;

/// <summary>
/// The pfn_t algebra of include/linux/pfn_t.h (domain §3.4). Properties run from fixed seeds so
/// a failure replays identically; the oracles use the kernel's bit numbers, not <see cref="PfnT"/>.
/// </summary>
public sealed class PfnTTests
{
    private const string Seed = "(20250101,987654321)";
    private const ulong Dev = 1UL << 61;
    private const ulong Map = 1UL << 60;
    private const ulong Special = 1UL << 59;
    private const ulong TopTwelveBits = 0xFFF0_0000_0000_0000;
    private const ulong Below52 = (1UL << 52) - 1;

    [Property(Replay = Seed, MaxTest = 500)]
    public bool IsDevmap_IffDevAndMap(DoNotSize<ulong> raw) =>
        new PfnT(raw.Item).IsDevmap == ((raw.Item & Dev) != 0 && (raw.Item & Map) != 0);

    [Property(Replay = Seed, MaxTest = 500)]
    public bool HasPage_IffMapOrNotDev(DoNotSize<ulong> raw) =>
        new PfnT(raw.Item).HasPage == ((raw.Item & Map) != 0 || (raw.Item & Dev) == 0);

    [Property(Replay = Seed, MaxTest = 500)]
    public bool IsSpecial_IffBit59(DoNotSize<ulong> raw) =>
        new PfnT(raw.Item).IsSpecial == ((raw.Item & Special) != 0);

    [Property(Replay = Seed, MaxTest = 500)]
    public bool Pfn_OfFrom_IsTheNumberGiven_ForPfnsBelow2To52(DoNotSize<ulong> pfn, DoNotSize<ulong> flags)
    {
        var n = pfn.Item & Below52;
        return PfnT.From(n, (PfnFlags)flags.Item).Pfn == n;
    }

    [Property(Replay = Seed, MaxTest = 500)]
    public bool From_DropsFlagBitsOutsideTheTopTwelve(DoNotSize<ulong> pfn, DoNotSize<ulong> flags)
    {
        var n = pfn.Item & Below52;
        var p = PfnT.From(n, (PfnFlags)flags.Item);
        return p.Value == (n | (flags.Item & TopTwelveBits)) && (ulong)p.Flags == (flags.Item & TopTwelveBits);
    }

    [Fact]
    public void FlagsMask_IsTheTopPageShiftBits() => Assert.Equal(TopTwelveBits, PfnT.FlagsMask);

    [Fact]
    public void FlagBits_AreTheKernelsBitNumbers()
    {
        Assert.Equal(
            [1UL << 63, 1UL << 62, Dev, Map, Special],
            new[] { PfnFlags.SgChain, PfnFlags.SgLast, PfnFlags.Dev, PfnFlags.Map, PfnFlags.Special }.Select(f => (ulong)f));
    }

    [Theory]
    [InlineData(PfnFlags.None, true, false)]
    [InlineData(PfnFlags.Dev, false, false)]
    [InlineData(PfnFlags.Dev | PfnFlags.Map, true, true)]
    [InlineData(PfnFlags.Map, true, false)]
    [InlineData(PfnFlags.Dev | PfnFlags.Special, false, false)]
    public void HasPageAndDevmap_MatchTheHeader(PfnFlags flags, bool hasPage, bool devmap)
    {
        var p = PfnT.From(0x1234, flags);

        Assert.Equal((hasPage, devmap), (p.HasPage, p.IsDevmap));
    }

    [Fact]
    public void FromPhys_ShiftsByPageShift_AndKeepsFlags()
    {
        var p = PfnT.FromPhys(0x1234_5678, PfnFlags.Dev);

        Assert.Equal((0x12345UL, PfnFlags.Dev), (p.Pfn, p.Flags));
    }

    [Fact]
    public void Add_MovesThePfn_AndKeepsFlags()
    {
        var p = PfnT.From(0x100, PfnFlags.Dev | PfnFlags.Map).Add(3);

        Assert.Equal((0x103UL, PfnFlags.Dev | PfnFlags.Map), (p.Pfn, p.Flags));
    }

    [Fact]
    public void ToString_ReadsLikeATrace()
    {
        Assert.Equal("pfn=0x1f", PfnT.From(0x1f, PfnFlags.None).ToString());
        Assert.Equal("pfn=0x1f|MAP|DEV", PfnT.From(0x1f, PfnFlags.Dev | PfnFlags.Map).ToString());
    }
}
