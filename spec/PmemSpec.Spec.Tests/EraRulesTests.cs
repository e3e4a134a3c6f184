namespace PmemSpec.Spec.Tests;

public sealed class EraRulesTests
{
    [Theory]
    [InlineData("6.1", Era.V6_1)]
    [InlineData("v4.9", Era.V4_9)]
    [InlineData("V4_12", Era.V4_12)]
    [InlineData(" 5.10 ", Era.V5_10)]
    public void TryParse_AcceptsTheUsualSpellings(string text, Era expected)
    {
        Assert.True(EraRules.TryParse(text, out var era));
        Assert.Equal(expected, era);
    }

    [Theory]
    [InlineData("4.2")]
    [InlineData("seven")]
    [InlineData("")]
    [InlineData("401")]
    public void TryParse_RejectsReleasesThatAreNotModelled(string text) => Assert.False(EraRules.TryParse(text, out _));

    [Fact]
    public void Display_RoundTripsThroughTryParse()
    {
        Assert.All(Enum.GetValues<Era>(), era =>
        {
            Assert.True(EraRules.TryParse(era.Display(), out var back));
            Assert.Equal(era, back);
        });
        Assert.Equal("5.10", Era.V5_10.Display());
    }

    [Fact]
    public void Default_IsV61() => Assert.Equal(Era.V6_1, EraRules.Default);

    [Theory]
    [InlineData(Era.V4_4, false)]
    [InlineData(Era.V4_6, true)]
    [InlineData(Era.V4_9, false)]
    [InlineData(Era.V6_1, false)]
    public void HasRawBlockDaxMmap_OnlyInThe4_6Tree(Era era, bool expected) => Assert.Equal(expected, era.HasRawBlockDaxMmap());

    [Theory]
    [InlineData(Era.V4_12, false)]
    [InlineData(Era.V4_15, true)]
    [InlineData(Era.V6_1, true)]
    public void RefusesLongtermPinOfFsDax_FromV4_15(Era era, bool expected) => Assert.Equal(expected, era.RefusesLongtermPinOfFsDax());
}
