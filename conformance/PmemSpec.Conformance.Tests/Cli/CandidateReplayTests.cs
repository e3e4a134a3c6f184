using PmemSpec.Conformance.Tests.Candidates;

namespace PmemSpec.Conformance.Tests.Cli;

public class CandidateReplayTests
{
    /// <summary>Writes <paramref name="text"/> to a fresh temp file and returns its path.</summary>
    internal static string SequenceFile(string text)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("pmemspec-test-").FullName, "seq.txt");
        File.WriteAllText(file, text);
        return file;
    }

    [Fact]
    public void Replay_OnTheCandidateTheHeaderNames_ExitsOne_WithTheViolation()
    {
        var file = SequenceFile("profile: DropsUpperHalf\nWrite(sector=1768, sectors=12, seed=0)\nRead(sector=1778, sectors=1)\n");

        var (exit, output, _) = CheckCommandTests.Run("replay", file, "--candidate", Assets.Path("pair"));

        Assert.Equal(1, exit);
        Assert.Contains("== DropsUpperHalf: BLK-002 A read returns the bytes last written", output, StringComparison.Ordinal);
        Assert.Contains($"'pmemspec replay FILE --candidate {Assets.Path("pair")}'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OnAConformingCandidate_ExitsZero()
    {
        var file = SequenceFile("Write(sector=1768, sectors=12, seed=0)\nRead(sector=1778, sectors=1)\n");

        var (exit, output, _) = CheckCommandTests.Run("replay", file, "--candidate", Assets.Path("pair/Linear.cs"));

        Assert.Equal(0, exit);
        Assert.Contains("no failure: 2 operations conform on LinearDriver (6.1)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_NamingNoCandidateOfThePath_ExitsTwo_AndListsThem()
    {
        var file = SequenceFile("profile: Nope\nFlush()\n");

        var (exit, _, error) = CheckCommandTests.Run("replay", file, "--candidate", Assets.Path("pair"));

        Assert.Equal(2, exit);
        Assert.Contains($"no candidate 'Nope' in {Assets.Path("pair")}; candidates: DropsUpperHalf, DropsUpperHalf/user, LinearDriver, LinearDriver/user", error, StringComparison.Ordinal);
    }
}
