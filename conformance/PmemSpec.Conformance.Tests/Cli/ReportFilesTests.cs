namespace PmemSpec.Conformance.Tests.Cli;

public sealed class ReportFilesTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("pmemspec-reports-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Check_WithReport_WritesTheThreeFiles()
    {
        var (exit, output, _) = CheckCommandTests.Run("check", "--profile", "pmem", "--sequences", "20", "--report", dir);

        Assert.Equal(0, exit);
        Assert.Equal(["pmemspec-report.json", "pmemspec-report.junit.xml", "pmemspec-report.md"], Directory.GetFiles(dir).Select(Path.GetFileName).Order());
        Assert.Contains($"report: {Path.Combine(dir, "pmemspec-report.md")}", output, StringComparison.Ordinal);
        Assert.Contains("\"schema\": \"pmemspec-report/1\"", File.ReadAllText(Path.Combine(dir, "pmemspec-report.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameSeedTwice_WritesByteIdenticalFiles()
    {
        string[] args = ["check", "--profile", "brd", "--profile", "dcss", "--sequences", "15", "--seed", "9", "--report"];
        CheckCommandTests.Run([.. args, Path.Combine(dir, "a")]);
        CheckCommandTests.Run([.. args, Path.Combine(dir, "b")]);

        foreach (var name in new[] { "pmemspec-report.md", "pmemspec-report.json", "pmemspec-report.junit.xml" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a", name)), File.ReadAllBytes(Path.Combine(dir, "b", name)));
    }

    [Fact]
    public void Check_WithFormat_WritesOnlyThoseFiles()
    {
        var (exit, _, _) = CheckCommandTests.Run("check", "--profile", "pmem", "--sequences", "5", "--report", dir, "--format", "junit");

        Assert.Equal(0, exit);
        Assert.Equal(["pmemspec-report.junit.xml"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("--format md,xml", "unknown report format 'xml'")]
    [InlineData("--format ,", "--format names no format")]
    [InlineData("--shard 0/2", "--shard '0/2' must be k/n with 1 <= k <= n")]
    [InlineData("--shard two", "--shard 'two' must be k/n")]
    [InlineData("--time-budget -1", "--time-budget must be a positive number of seconds")]
    public void Check_WithABadOption_ExitsTwo_NamingIt(string arguments, string message)
    {
        var (exit, _, error) = CheckCommandTests.Run(["check", "--profile", "pmem", .. arguments.Split(' ')]);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShardsOfARun_SplitItsSequences()
    {
        static int Sequences(string shard) =>
            int.Parse(CheckCommandTests.Run("check", "--profile", "pmem", "--sequences", "25", "--shard", shard).Out.Split('\n')[1]
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[2], System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal([9, 8, 8], new[] { "1/3", "2/3", "3/3" }.Select(Sequences));
    }
}
