using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;
using Xunit.Sdk;

namespace PmemSpec.Conformance.Tests.Reports;

public class ReproductionTestTests
{
    private static readonly CandidateResult Mutant = ReportFixtures.MutantResult();

    private static CheckReport Run(CandidateResult c, RunOptions? options = null) => new(ReportFixtures.KitVersion, options ?? ReportFixtures.Options, null, [c]);

    [Fact]
    public void Snippet_ForTheMutant_Compiles_AndFailsNamingTheInvariant()
    {
        var source = ReproductionTest.For(Run(Mutant), Mutant)!;

        var failure = SnippetCompiler.RunFact(SnippetCompiler.Compile(source));

        var assertion = Assert.IsAssignableFrom<XunitException>(failure);
        Assert.Contains("DAXARG-011 (reported) — broken: DAXARG-011; expected 1 page, actual 2 pages", assertion.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_ForAReferenceProfile_FindsItByName_AndPassesOnTheCorrectDriver()
    {
        var reference = ReportFixtures.ReferenceResult("brd-v4.12") with { Report = Mutant.Report with { Profile = "brd-v4.12" } };

        var source = ReproductionTest.For(Run(reference), reference)!;

        Assert.Contains("(ReferenceProfiles.Find(\"brd-v4.12\") ?? throw new System.InvalidOperationException(", source, StringComparison.Ordinal);
        Assert.Null(SnippetCompiler.RunFact(SnippetCompiler.Compile(source)));
    }

    [Fact]
    public void Snippet_WithAnInvariantFilter_ChecksTheSameInvariants()
    {
        var source = ReproductionTest.For(Run(Mutant, ReportFixtures.Options with { Invariants = ["DAXARG", "BLK-001"] }), Mutant)!;

        Assert.Contains("InvariantCatalogue.Select([\"DAXARG\", \"BLK-001\"], out _)", source, StringComparison.Ordinal);
        Assert.IsAssignableFrom<XunitException>(SnippetCompiler.RunFact(SnippetCompiler.Compile(source)));
    }

    [Fact]
    public void Snippet_ForAConformingCandidate_IsNull() =>
        Assert.Null(ReproductionTest.For(Run(ReportFixtures.ReferenceResult("pmem")), ReportFixtures.ReferenceResult("pmem")));

    [Theory]
    [InlineData("brd-two-pages", "BrdTwoPages")]
    [InlineData("MyDriver.cs", "MyDriverCs")]
    [InlineData("9p", "Candidate9p")]
    public void ClassName_IsAPascalCaseIdentifier(string name, string expected) => Assert.Equal(expected, Identifier.Pascal(name));

    [Fact]
    public void Snippet_ForAnUnknownProfileWithoutAType_SaysWhatToFillIn()
    {
        var unknown = Mutant with { TypeName = null };

        var failure = SnippetCompiler.RunFact(SnippetCompiler.Compile(ReproductionTest.For(Run(unknown), unknown)!));

        Assert.Contains("'two-page-brd' is not a reference profile", Assert.IsType<InvalidOperationException>(failure).Message, StringComparison.Ordinal);
    }
}
