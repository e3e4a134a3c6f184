namespace PmemSpec.Conformance.Tests.Cli;

public sealed class ReportReplayTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("pmemspec-replay-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Replay_OfACorruptReport_ExitsTwo_NamingTheFileAndTheProblem()
    {
        var path = Path.Combine(dir, "broken.json");
        File.WriteAllText(path, "{\"schema\": \"pmemspec-report/1\", \"seed\": ");

        var (exit, _, error) = CheckCommandTests.Run("replay", path);

        Assert.Equal(2, exit);
        Assert.Contains($"{path}: not valid JSON at line 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OfAReportOfAnotherSchema_ExitsTwo()
    {
        var path = Path.Combine(dir, "other.json");
        File.WriteAllText(path, "{\"schema\": \"something-else/7\"}");

        var (exit, _, error) = CheckCommandTests.Run("replay", path);

        Assert.Equal(2, exit);
        Assert.Contains("something-else/7", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OfAConformingReport_ExitsZero_SayingItHoldsNoViolation()
    {
        CheckCommandTests.Run("check", "--profile", "pmem", "--sequences", "5", "--report", dir, "--format", "json");

        var (exit, output, _) = CheckCommandTests.Run("replay", Path.Combine(dir, "pmemspec-report.json"));

        Assert.Equal(0, exit);
        Assert.Contains("pmemspec-report.json: the report holds no violation", output, StringComparison.Ordinal);
    }
}
