using System.Text.RegularExpressions;
using PmemSpec.Conformance.Tests.Candidates;

namespace PmemSpec.Conformance.Tests.Cli;

public class CandidateCheckTests
{
    [Fact]
    public void RealProcess_ConformingCandidate_ExitsZero()
    {
        var (exit, output, error) = CliProcess.Run("check", Assets.Path("pair/Linear.cs"), "--sequences", "40", "--max-ops", "30");

        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        Assert.Matches(@"\nLinearDriver +6\.1 +40 +\d+ conforms ", output);
        Assert.Contains("1 candidates, 1 conform, 0 with counterexamples", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RealProcess_BuggyCandidate_ExitsOne_WithTheMinimalViolation()
    {
        var (exit, output, error) = CliProcess.Run("check", Assets.Path("pair/Buggy.cs"), "--sequences", "40", "--max-ops", "30");

        Assert.True(exit == 1, $"exit {exit}\n{output}\n{error}");
        Assert.Matches(@"\nDropsUpperHalf +6\.1 +\d+ +\d+ violation ", output);
        Assert.Contains("== DropsUpperHalf: BLK-002 A read returns the bytes last written", output, StringComparison.Ordinal);
        Assert.Contains("   kind: violation", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_ChecksAndReportsEachCandidateSeparately()
    {
        var (exit, output, _) = CheckCommandTests.Run("check", Assets.Path("pair"), "--sequences", "20", "--max-ops", "30", "--era", "v5.10");

        Assert.Equal(1, exit);
        Assert.Matches(@"\nDropsUpperHalf +5\.10 +\d+ +\d+ violation ", output);
        Assert.Matches(@"\nLinearDriver +5\.10 +20 +\d+ conforms ", output);
        Assert.Contains("2 candidates, 1 conform, 1 with counterexamples", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SameSeed_GivesTheSameReport_ApartFromTime()
    {
        static string Report() => Regex.Replace(
            CheckCommandTests.Run("check", Assets.Path("pair"), "--sequences", "15", "--max-ops", "30", "--seed", "9").Out, @" +\d+\.\d\ds\n", "\n");

        Assert.Equal(Report(), Report());
    }

    [Fact]
    public void CompiledAssembly_IsCheckedLikeItsSources()
    {
        var dll = Path.Combine(Directory.CreateTempSubdirectory("pmemspec-test-").FullName, "pair.dll");
        File.WriteAllBytes(dll, PmemSpec.Conformance.Candidates.CandidateSource.Load(Assets.Path("pair")).Image!.Compiled.ToArray());

        var (exit, output, _) = CheckCommandTests.Run("check", dll, "--sequences", "10", "--max-ops", "30");

        Assert.Equal(1, exit);
        Assert.Matches(@"\nLinearDriver +6\.1 +10 +\d+ conforms ", output);
        Assert.Contains("2 candidates, 1 conform, 1 with counterexamples", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no/such/driver.cs", "error: no such file or folder: no/such/driver.cs")]
    [InlineData("bad/DoesNotCompile.cs", "DoesNotCompile.cs(7,31): error CS0029: Cannot implicitly convert type 'int' to 'string'")]
    [InlineData("bad/DoesNotCompile.cs", "DoesNotCompile.cs does not compile (10 errors)")]
    [InlineData("bad/NoPluginType.cs", "error: no plug-in type in ")]
    [InlineData("bad/WantsAName.cs", "error: WantsAName implements IDaxDevice but has no public constructor (SimulatedKernel) or (SimulatedKernel, long); found: (string)")]
    public void BadCandidate_ExitsTwo_AndNamesTheProblem(string path, string message)
    {
        var (exit, output, error) = CheckCommandTests.Run("check", path.StartsWith("no/", StringComparison.Ordinal) ? path : Assets.Path(path));

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Theory]
    [InlineData("--frobnicate", "--frobnicate")]
    [InlineData("--era v9.9", "unknown era 'v9.9'")]
    [InlineData("--profile pmem", "unknown profile 'pmem' for a candidate; known: device, user, user-brd, user-pmem, user-pmem-raw, user-dcss")]
    [InlineData("--time-limit 0", "--time-limit must be between 0 and 86400 seconds")]
    [InlineData("--memory-limit 1", "--memory-limit must be at least 16 (MiB)")]
    public void BadOption_WithACandidate_ExitsTwo_AndNamesTheProblem(string options, string message)
    {
        var (exit, _, error) = CheckCommandTests.Run(["check", Assets.Path("pair/Linear.cs"), .. options.Split(' ')]);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_StatesTheLimits_AndHowToChangeThem()
    {
        var (exit, output, _) = CheckCommandTests.Run("check", "--help");

        Assert.Equal(0, exit);
        foreach (var text in new[] { "--time-limit", "--memory-limit", "--shrink-runs", "--era", "default 10", "default 512", "default 24", "PATH" })
            Assert.Contains(text, output, StringComparison.Ordinal);
    }
}
