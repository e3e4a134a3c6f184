using PmemSpec.Cli;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Cli;

public class CheckCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = PmemSpecCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_PrintsOneLinePerReferenceProfile_AndExitsZero()
    {
        var (exit, output, _) = Run("check");

        Assert.Equal(0, exit);
        foreach (var profile in ReferenceProfiles.All)
            Assert.Contains(output.Split('\n'), line => line.StartsWith(profile.Name + " ", StringComparison.Ordinal) && line.Contains(" ok ", StringComparison.Ordinal));
        Assert.Contains($"{ReferenceProfiles.All.Count} profiles, {ReferenceProfiles.All.Count} conform", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithProfile_ChecksOnlyThatProfile()
    {
        var (exit, output, _) = Run("check", "--profile", "pmem");

        Assert.Equal(0, exit);
        Assert.Contains("1 profiles, 1 conform", output, StringComparison.Ordinal);
        Assert.DoesNotContain("brd ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithUnknownProfile_ExitsTwo_AndNamesIt()
    {
        var (exit, _, error) = Run("check", "--profile", "nvme0");

        Assert.Equal(2, exit);
        Assert.Contains("unknown profile 'nvme0'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_ExitsTwo()
    {
        var (exit, _, error) = Run("check", "--frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("--frobnicate", error, StringComparison.Ordinal);
    }
}
