using PmemSpec.Reference.Mm;

namespace PmemSpec.Reference.Tests.Mm;

/// <summary>User addresses: pages, offsets, arithmetic, text.</summary>
public class UserAddressTests
{
    [Fact]
    public void AnAddress_SplitsIntoItsPageAndOffset()
    {
        var at = UserAddress.OfPage(0x10).AddPages(2) + 5;

        Assert.Equal(0x12UL, at.Vpn);
        Assert.Equal(5, at.PageOffset);
        Assert.False(at.IsPageAligned);
        Assert.Equal("0x12005", at.ToString());
    }

    [Fact]
    public void AccessResult_ReadsLikeASignal()
    {
        Assert.Equal("Sigbus(BusMceerrAr) at 0x1000", AccessResult.Sigbus(new(0x1000), SignalCode.BusMceerrAr).ToString());
        Assert.Equal("ok", AccessResult.Ok(new(0x1000)).ToString());
    }
}
