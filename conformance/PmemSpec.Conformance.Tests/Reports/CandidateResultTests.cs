using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;

namespace PmemSpec.Conformance.Tests.Reports;

public class CandidateResultTests
{
    [Theory]
    [InlineData("/home/me/MyDriver.cs")]
    [InlineData("C:\\src\\MyDriver.dll")]
    public void Source_ThatIsAbsolute_IsRefused(string source)
    {
        var result = ReportFixtures.ReferenceResult("pmem");

        Assert.Throws<ArgumentException>(() => result with { Source = source });
    }

    [Fact]
    public void For_ChecksTheFilteredInvariants_ThatHoldInTheEra()
    {
        var options = ReportFixtures.Options with { Invariants = ["BLK"], Sequences = 1 };
        var profile = ReportFixtures.Mutant;

        var result = CandidateResult.For("m", profile, ConformanceRunner.Check(profile, options), options);

        Assert.All(result.Checked, i => Assert.StartsWith("BLK-", i.Id, StringComparison.Ordinal));
        Assert.All(result.Checked, i => Assert.True(i.HoldsIn(Era.V4_12)));
        Assert.Equal(CounterexampleKind.Violation, result.Kind);
    }
}
