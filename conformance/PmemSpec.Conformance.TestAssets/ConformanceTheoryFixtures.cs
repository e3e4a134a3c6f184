using PmemSpec.Conformance.Xunit;
using Xunit;

namespace PmemSpec.Conformance.TestAssets;

/// <summary>A <c>[ConformanceTheory]</c> with one deviating row among passing and failing ones;
/// see the project file for why these never run in the normal suite.</summary>
public class ConformanceTheoryFixtures
{
    [ConformanceTheory]
    [InlineData(Deviations.DeclaredId)]
    [InlineData("FIX-002")]
    [InlineData("FIX-004")]
    public void Row(string invariantId) => ConformanceSkip.IfKnownDeviation(Deviations.Declared, invariantId);

    [ConformanceTheory]
    [InlineData(Deviations.DeclaredId, 0)]
    [InlineData("FIX-002", 1)]
    public void RowFailingUnlessDeviating(string invariantId, int value)
    {
        ConformanceSkip.IfKnownDeviation(Deviations.Declared, invariantId);
        Assert.Equal(0, value);
    }
}
