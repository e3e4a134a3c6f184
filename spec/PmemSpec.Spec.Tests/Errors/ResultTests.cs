namespace PmemSpec.Spec.Tests.Errors;

public sealed class ResultTests
{
    [Fact]
    public void Ok_IsOk_AndPrintsZero()
    {
        Assert.True(Result.Ok.IsOk);
        Assert.Equal(Errno.None, Result.Ok.Error);
        Assert.Equal("0", Result.Ok.ToString());
    }

    [Fact]
    public void Errno_ConvertsToAFailure_ThatPrintsLikeTheKernel()
    {
        Result result = Errno.EIO;

        Assert.False(result.IsOk);
        Assert.Equal("-EIO", result.ToString());
    }

    [Fact]
    public void Equality_IsByErrno()
    {
        Assert.Equal(new Result(Errno.EIO), Errno.EIO);
        Assert.NotEqual(new Result(Errno.EIO), Errno.EINVAL);
    }
}
