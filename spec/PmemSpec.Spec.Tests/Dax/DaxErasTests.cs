namespace PmemSpec.Spec.Tests.Dax;

public sealed class DaxErasTests
{
    [Fact]
    public void EveryEra_IsListedUnderExactlyOneWrapper_SoANewEraMustBeClassified()
    {
        var sector = Eras(DaxEras.Sector);
        var page = Eras(DaxEras.Page);

        Assert.Equal(Enum.GetValues<Era>(), sector.Concat(page));
        Assert.All(sector, era => Assert.True(era.IsSectorDax()));
        Assert.All(page, era => Assert.False(era.IsSectorDax()));
    }

    private static Era[] Eras(TheoryData<Era> data) => [.. ((IEnumerable<object?[]>)data).Select(row => (Era)row[0]!)];
}
