namespace PmemSpec.Conformance.Tests.Docs;

/// <summary>The README's examples are the files the suite compiles and runs, so they cannot rot.</summary>
public class ReadmeTests
{
    private static readonly string Root = RepoRoot.Path;

    [Fact]
    public void CSharpExample_IsThePmemConformanceClass_Verbatim()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var file = File.ReadAllText(Path.Combine(Root, "conformance/PmemSpec.Conformance.Tests/Reference/PmemConformanceTests.cs"));

        var start = readme.IndexOf("```csharp\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no ```csharp block");
        var body = readme[(start + "```csharp\n".Length)..];
        Assert.Equal(file, body[..body.IndexOf("```", StringComparison.Ordinal)]);
    }

    [Fact]
    public void SetUpCommands_AreTheOnesCiRuns()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var ci = File.ReadAllText(Path.Combine(Root, ".ci/run"));

        Assert.Contains("dotnet run --project conformance/PmemSpec.Cli -- check\n", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test PmemSpec.sln\n", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test PmemSpec.sln", ci, StringComparison.Ordinal);
    }
}
