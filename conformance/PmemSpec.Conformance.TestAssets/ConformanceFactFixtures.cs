using PmemSpec.Conformance.Xunit;
using Xunit;

namespace PmemSpec.Conformance.TestAssets;

/// <summary>One fixture per outcome a <c>[ConformanceFact]</c> can have; see the project file for
/// why these never run in the normal suite.</summary>
public class ConformanceFactFixtures
{
    [ConformanceFact]
    public void Deviating()
    {
        ConformanceSkip.IfKnownDeviation(Deviations.Declared, Deviations.DeclaredId);
        Assert.Fail("a declared deviation must stop the test before its checks");
    }

    [ConformanceFact]
    public async Task DeviatingAfterAwait()
    {
        await Task.Yield();
        ConformanceSkip.IfKnownDeviation(Deviations.Declared, Deviations.DeclaredId);
    }

    [ConformanceFact]
    public void Passing() => ConformanceSkip.IfKnownDeviation(Deviations.Declared, "FIX-002");

    [ConformanceFact]
    public void Failing()
    {
        ConformanceSkip.IfKnownDeviation(Deviations.Declared, "FIX-003");
        Assert.Equal(1, 2);
    }

    [ConformanceFact]
    public void FailingWithDeviationWrapped() =>
        throw new AggregateException(new KnownDeviationException(Deviations.DeclaredId, Deviations.Reason));

    [ConformanceFact(Skip = "statically skipped")]
    public void StaticallySkipped() => Assert.Fail("a static Skip must still skip");

    [Fact]
    public void PlainFactDeviating() => ConformanceSkip.IfKnownDeviation(Deviations.Declared, Deviations.DeclaredId);
}
