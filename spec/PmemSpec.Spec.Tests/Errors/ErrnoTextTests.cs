namespace PmemSpec.Spec.Tests.Errors;

public sealed class ErrnoTextTests
{
    [Theory]
    [InlineData(Errno.EINVAL, "-EINVAL")]
    [InlineData(Errno.ENXIO, "-ENXIO")]
    [InlineData(Errno.EHWPOISON, "-EHWPOISON")]
    public void Of_NamedErrno_IsMinusItsName(Errno error, string expected) => Assert.Equal(expected, ErrnoText.Of(error));

    [Fact]
    public void Of_EchoedSize_IsTheNegativeNumber() => Assert.Equal("-4096", ErrnoText.Of((Errno)4096));

    [Fact]
    public void Echo_CarriesTheNegatedValue()
    {
        Assert.Equal((Errno)4096, ErrnoText.Echo(-4096));
        Assert.Equal("-7", ErrnoText.Of(ErrnoText.Echo(-7)));
    }

    [Fact]
    public void Echo_OfANegativeNumberThatIsAnErrno_IsThatErrno() =>
        Assert.Equal(Errno.EINVAL, ErrnoText.Echo(-22));

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(int.MinValue)]
    [InlineData(-(long)int.MaxValue)]
    public void Echo_OfHugeNegativeValues_SaturatesAtIntMaxValue_AndIsNeverNone(long negative) =>
        Assert.Equal((Errno)int.MaxValue, ErrnoText.Echo(negative));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Echo_OfANonNegativeValue_Throws(long value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ErrnoText.Echo(value));
}
