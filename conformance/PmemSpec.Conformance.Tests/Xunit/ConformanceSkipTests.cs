using PmemSpec.Conformance.Xunit;

namespace PmemSpec.Conformance.Tests.Xunit;

public class ConformanceSkipTests
{
    private static readonly Dictionary<string, string> Declared = new() { ["STAB-003"] = "flushes lazily" };

    [Fact]
    public void IfKnownDeviation_Throws_ForADeclaredInvariant()
    {
        var e = Assert.Throws<KnownDeviationException>(() => ConformanceSkip.IfKnownDeviation(Declared, "STAB-003"));

        Assert.Equal(("STAB-003", "flushes lazily"), (e.InvariantId, e.Reason));
    }

    [Fact]
    public void IfKnownDeviation_ReturnsNormally_ForAnUndeclaredInvariant()
    {
        var e = Record.Exception(() => ConformanceSkip.IfKnownDeviation(Declared, "STAB-004"));

        Assert.Null(e);
    }

    [Fact]
    public void IfKnownDeviation_MatchesIdsExactly()
    {
        var e = Record.Exception(() => ConformanceSkip.IfKnownDeviation(Declared, "stab-003"));

        Assert.Null(e);
    }
}
