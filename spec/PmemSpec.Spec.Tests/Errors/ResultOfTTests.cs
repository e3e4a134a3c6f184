namespace PmemSpec.Spec.Tests.Errors;

/// <summary><see cref="Result{T}"/>.</summary>
public sealed class ResultOfTTests
{
    [Fact]
    public void Ok_CarriesTheValue()
    {
        var result = Result<long>.Ok(42);

        Assert.True(result.IsOk);
        Assert.Equal(42, result.Value);
        Assert.Equal("42", result.ToString());
    }

    [Fact]
    public void Fail_CarriesTheErrno_AndReadingValueThrows()
    {
        var result = Result<long>.Fail(Errno.ERANGE);

        Assert.False(result.IsOk);
        Assert.Equal(Errno.ERANGE, result.Error);
        var e = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("-ERANGE", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_WithNone_Throws() => Assert.Throws<ArgumentException>(() => Result<long>.Fail(Errno.None));

    [Fact]
    public void ImplicitConversions_MakeOkFromAValue_AndFailFromAnErrno()
    {
        Result<long> ok = 7;
        Result<long> failed = Errno.EIO;

        Assert.Equal(Result<long>.Ok(7), ok);
        Assert.Equal(Result<long>.Fail(Errno.EIO), failed);
    }

    [Fact]
    public void Equality_IsByValueOnSuccess()
    {
        Assert.True(Result<long>.Ok(5) == Result<long>.Ok(5));
        Assert.True(Result<long>.Ok(5) != Result<long>.Ok(6));
        Assert.Equal(Result<long>.Ok(5).GetHashCode(), Result<long>.Ok(5).GetHashCode());
    }

    [Fact]
    public void Equality_IsByErrnoOnFailure()
    {
        Assert.True(Result<long>.Fail(Errno.EIO) == Result<long>.Fail(Errno.EIO));
        Assert.True(Result<long>.Fail(Errno.EIO) != Result<long>.Fail(Errno.EINVAL));
    }

    [Fact]
    public void AFailure_NeverEqualsASuccess_EvenOfTheDefaultValue()
    {
        Assert.NotEqual(Result<long>.Ok(0), Result<long>.Fail(Errno.EIO));
        Assert.False(Result<long>.Ok(0).Equals((object)Result<int>.Ok(0)));
    }

    [Fact]
    public void Failure_PrintsTheEchoedNumber() => Assert.Equal("-4096", Result<long>.Fail((Errno)4096).ToString());
}
