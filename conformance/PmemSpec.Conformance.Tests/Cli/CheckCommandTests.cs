using PmemSpec.Cli;
using PmemSpec.Conformance.User;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Cli;

public class CheckCommandTests
{
    internal static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = PmemSpecCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_PrintsOneRowPerReferenceAndUserProfile_AndExitsZero()
    {
        var (exit, output, _) = Run("check", "--sequences", "20", "--max-ops", "30");

        Assert.Equal(0, exit);
        var rows = output.Split('\n');
        string[] names = [.. ReferenceProfiles.All.Select(p => p.Name), .. UserProfiles.All.Select(p => p.Name)];
        foreach (var name in names)
            Assert.Contains(rows, line => line.StartsWith(name + " ", StringComparison.Ordinal));
        Assert.Contains($"{names.Length} profiles, {names.Length} conform", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithProfile_ChecksOnlyThatProfile()
    {
        var (exit, output, _) = Run("check", "--profile", "pmem", "--sequences", "10");

        Assert.Equal(0, exit);
        Assert.Contains("1 profiles, 1 conform", output, StringComparison.Ordinal);
        Assert.DoesNotContain("brd ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameSeed_GivesTheSameTable_ApartFromTime()
    {
        static string Table() => string.Join('\n', Run("check", "--profile", "brd", "--sequences", "15", "--seed", "7").Out
            .Split('\n').Select(l => l.Length > 50 ? l[..50] : l));

        Assert.Equal(Table(), Table());
    }

    [Theory]
    [InlineData("check --profile nvme0", "unknown profile 'nvme0'")]
    [InlineData("check --invariant NOPE-001", "unknown invariant or family 'NOPE-001'")]
    [InlineData("check --sequences 0", "--sequences and --max-ops must be at least 1")]
    [InlineData("check --frobnicate", "--frobnicate")]
    [InlineData("check --era v4.9", "--era applies to a candidate (PATH); reference profiles carry their own era")]
    [InlineData("list --format xml", "unknown format 'xml'")]
    [InlineData("replay /nonexistent/seq.txt", "no such file")]
    public void BadInput_ExitsTwo_AndNamesTheProblem(string commandLine, string message)
    {
        var (exit, _, error) = Run(commandLine.Split(' '));

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfCheck_PassesEveryReferenceProfile()
    {
        var (exit, output, _) = Run("selfcheck");

        Assert.Equal(0, exit);
        Assert.Contains($"{ReferenceProfiles.All.Count} conform", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithAUserInvariant_RunsOnlyTheUserProfiles_ThatItHoldsFor()
    {
        var (exit, output, _) = Run("check", "--invariant", "STAB-108", "--sequences", "10", "--max-ops", "30");

        Assert.Equal(0, exit);
        Assert.Contains($"{UserProfiles.All.Count} profiles, {UserProfiles.All.Count} conform", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\npmem ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithAnInvariantNoNamedProfileHolds_ExitsTwo_SayingSo()
    {
        var (exit, _, error) = Run("check", "--profile", "pmem", "--invariant", "STAB-108");

        Assert.Equal(2, exit);
        Assert.Contains("--invariant STAB-108 selects no invariant that holds for pmem", error, StringComparison.Ordinal);
    }
}
