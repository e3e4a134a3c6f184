using PmemSpec.Invariants;
using PmemSpec.Invariants.User;

namespace PmemSpec.Conformance.Tests.Cli;

public class ExplainCommandTests
{
    public static TheoryData<string> Ids() => [.. InvariantCatalogue.All.Select(i => i.Id), .. UserInvariantCatalogue.All.Select(i => i.Id)];

    [Fact]
    public void Explain_ShowsTheRule_AndASequenceItsMutantBreaksItWith()
    {
        var (exit, output, _) = CheckCommandTests.Run("explain", "DAXARG-011");

        Assert.Equal(0, exit);
        Assert.Contains("DAXARG-011  A lazy (brd) device returns exactly one page", output, StringComparison.Ordinal);
        Assert.Contains("applies: the driver allocates lazily", output, StringComparison.Ordinal);
        Assert.Contains("example: 'brd-two-pages'", output, StringComparison.Ordinal);
        Assert.Contains(">   0  DirectAccess(pgoff=", output, StringComparison.Ordinal);
        Assert.Contains("actual:   2 pages", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_OfAnUnkillableInvariant_SaysWhyNoExampleExists()
    {
        var (exit, output, _) = CheckCommandTests.Run("explain", "blk-006");

        Assert.Equal(0, exit);
        Assert.Contains("example: none can be built: the spec's BlockLayer refuses bios outside the partition", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Explain_EveryInvariant_HasAnExampleThatBreaksIt_OrAReason(string id)
    {
        var (exit, output, _) = CheckCommandTests.Run("explain", id);

        Assert.Equal(0, exit);
        Assert.True(output.Contains("  example: '", StringComparison.Ordinal) || output.Contains("  example: none can be built: ", StringComparison.Ordinal), output);
        Assert.DoesNotContain("was not caught", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_OfAnUnknownId_ExitsTwo_AndNamesIt()
    {
        var (exit, _, error) = CheckCommandTests.Run("explain", "NOPE-001");

        Assert.Equal(2, exit);
        Assert.Contains("unknown invariant 'NOPE-001'", error, StringComparison.Ordinal);
    }
}
