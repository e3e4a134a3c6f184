using PmemSpec.Conformance.Tests.Candidates;

namespace PmemSpec.Conformance.Tests.Cli;

/// <summary>Bad input through the real pmemspec process: exit 2 and a message naming the problem, never a crash.</summary>
public sealed class BadInputProcessTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("pmemspec-bad-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    public static TheoryData<string, string> Cases() => new()
    {
        { "check /nonexistent/driver.cs", "/nonexistent/driver.cs" },
        { $"check {Assets.Path("bad/DoesNotCompile.cs")}", "error CS" },
        { $"check {Assets.Path("bad/NoPluginType.cs")}", "IDaxDevice" },
        { "check --frobnicate", "--frobnicate" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadInput_ExitsTwo_NamingTheProblem(string commandLine, string named)
    {
        var (exit, _, error) = CliProcess.Run(commandLine.Split(' '));

        Assert.True(exit == 2, $"exit {exit}: {error}");
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void CorruptReport_ExitsTwo_NamingTheFileAndWhere()
    {
        var path = Path.Combine(dir, "report.json");
        File.WriteAllText(path, "{\"schema\": \"pmemspec-report/1\", \"candidates\": [");

        var (exit, _, error) = CliProcess.Run("replay", path);

        Assert.Equal(2, exit);
        Assert.Contains($"{path}: not valid JSON at line 1", error, StringComparison.Ordinal);
    }
}
