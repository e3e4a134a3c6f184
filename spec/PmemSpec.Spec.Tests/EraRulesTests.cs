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
}
