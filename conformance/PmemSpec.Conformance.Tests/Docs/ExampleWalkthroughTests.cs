using PmemSpec.Conformance.Tests.Cli;

namespace PmemSpec.Conformance.Tests.Docs;

/// <summary>examples/toy-pmem/README.md, step by step, through the real pmemspec process.</summary>
public sealed class ExampleWalkthroughTests : IDisposable
{
    private const string Bug = "map.NrPages - pgoff + 1";
    private const string Fix = "map.NrPages - pgoff";
    private readonly string dir = Directory.CreateTempSubdirectory("pmemspec-walkthrough-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Walkthrough_Check_Report_Replay_Fix_CheckAgain()
    {
        var toy = RepoRoot.File("examples/toy-pmem/ToyPmem.cs");
        var outDir = Path.Combine(dir, "out");
        var report = Path.Combine(outDir, "pmemspec-report.json");

        var check = CliProcess.Run("check", toy, "--report", outDir);
        Assert.True(check.Exit == 1, $"exit {check.Exit}\n{check.Out}\n{check.Err}");
        Assert.Contains(">   0  DirectAccess(pgoff=255, pages=8, ctx=Process)", check.Out, StringComparison.Ordinal);
        Assert.Contains("## ToyPmem: DAXARG-012", File.ReadAllText(Path.Combine(outDir, "pmemspec-report.md")), StringComparison.Ordinal);

        Assert.Equal(1, CliProcess.Run("replay", report, toy).Exit);

        var fixedToy = Path.Combine(dir, "ToyPmem.cs");
        var source = File.ReadAllText(toy);
        Assert.Single(source.Split(Bug)[1..]);
        File.WriteAllText(fixedToy, source.Replace(Bug, Fix, StringComparison.Ordinal));

        var replay = CliProcess.Run("replay", report, fixedToy);
        Assert.True(replay.Exit == 0, $"exit {replay.Exit}\n{replay.Out}\n{replay.Err}");
        var again = CliProcess.Run("check", fixedToy);
        Assert.True(again.Exit == 0, $"exit {again.Exit}\n{again.Out}\n{again.Err}");
        Assert.Contains("1 candidates, 1 conform", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ExampleReadme_ShowsTheCommandsAndTheFixTheTestRuns()
    {
        var readme = File.ReadAllText(RepoRoot.File("examples/toy-pmem/README.md"));

        Assert.Contains("-- check examples/toy-pmem/ToyPmem.cs --report out\n", readme, StringComparison.Ordinal);
        Assert.Contains("-- replay out/pmemspec-report.json examples/toy-pmem/ToyPmem.cs\n", readme, StringComparison.Ordinal);
        Assert.Contains($"change `{Bug}` to `{Fix}`", readme, StringComparison.Ordinal);
    }
}
