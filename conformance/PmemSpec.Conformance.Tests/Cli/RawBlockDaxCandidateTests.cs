using PmemSpec.Conformance.Tests.Candidates;

namespace PmemSpec.Conformance.Tests.Cli;

/// <summary><c>check PATH</c> on candidates of the raw block-device DAX contract: fault handlers over the reference drivers, and drivers under the reference raw-bdev layer in v4.6.</summary>
public class RawBlockDaxCandidateTests(HandlerCheck handlers) : IClassFixture<HandlerCheck>
{
    [Fact]
    public void Check_FaultHandlers_RunOneRowPerReferenceDriver_AndKillThePtlHolder_WithSleep101()
    {
        Assert.Equal(1, handlers.Exit);
        foreach (var driver in new[] { "user-brd", "user-pmem", "user-pmem-raw", "user-dcss" })
        {
            Assert.Matches($@"\nFaultHandler/{driver} +4\.6 +60 +\d+ conforms ", handlers.Out);
            Assert.Matches($@"\nPtlHeldHandler/{driver} +4\.6 +1 +[1-3] violation ", handlers.Out);
            Assert.Contains($"== PtlHeldHandler/{driver}: SLEEP-101 ", handlers.Out, StringComparison.Ordinal);
        }
        Assert.Contains("2 candidates, 1 conform, 1 with counterexamples (seed 1)", handlers.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FaultHandler_Counterexample_ReplaysOnTheCandidate_AndNotOnTheCorrectOne()
    {
        var file = CandidateReplayTests.SequenceFile("profile: PtlHeldHandler/user-brd\nera: 4.6\nMmap(proc=0, map=1, pgoff=0, pages=1, shared=true, writable=true)\nLoad(proc=0, map=1, page=0, offset=0, len=1)\n");

        var broken = CheckCommandTests.Run("replay", file, Assets.Path("handler"));
        var fixedOne = CheckCommandTests.Run("replay", file, Assets.Path("handler"), "--profile", "FaultHandler/user-brd");

        Assert.Equal(1, broken.Exit);
        Assert.Contains("== PtlHeldHandler/user-brd: SLEEP-101 ", broken.Out, StringComparison.Ordinal);
        Assert.Equal(0, fixedOne.Exit);
        Assert.Contains("no failure: 2 operations conform on FaultHandler/user-brd (4.6)", fixedOne.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OfFaultHandlers_ReplaysEveryViolationOnThePath_AndItsTestBuildsTheHandlerOverTheDriver()
    {
        var (exit, output, _) = CheckCommandTests.Run("replay", Path.Combine(handlers.Reports, "pmemspec-report.json"), Assets.Path("handler"));
        var markdown = File.ReadAllText(Path.Combine(handlers.Reports, "pmemspec-report.md"));

        Assert.Equal(1, exit);
        Assert.Equal(4, output.Split('\n').Count(l => l.StartsWith("== PtlHeldHandler/user-", StringComparison.Ordinal) && l.Contains("SLEEP-101 (violation)", StringComparison.Ordinal)));
        Assert.Contains("Open = (mm, bdev) => new global::Candidates.Handler.PtlHeldHandler(mm, bdev)", markdown, StringComparison.Ordinal);
        Assert.Contains($"pmemspec replay PtlHeldHandler-user-brd-SLEEP-101.seq {Assets.Path("handler")}", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProfileNamingOneReferenceDriver_RunsOnlyTheHandlersRowsOverIt()
    {
        var (exit, output, _) = CheckCommandTests.Run("check", Assets.Path("handler"), "--profile", "user-dcss", "--sequences", "10", "--max-ops", "20");

        Assert.Equal(1, exit);
        Assert.Equal(["FaultHandler/user-dcss", "PtlHeldHandler/user-dcss"], Rows(output));
    }

    [Fact]
    public void Check_DriverInV46_AlsoRunsUnderTheReferenceRawBdevLayer_WhereTheLostWriteShowsThroughPread()
    {
        var (exit, output, _) = CheckCommandTests.Run("check", Assets.Path("pair"), "--era", "v4.6", "--sequences", "40", "--max-ops", "30");

        Assert.Equal(1, exit);
        Assert.Equal(["DropsUpperHalf", "DropsUpperHalf/user", "LinearDriver", "LinearDriver/user"], Rows(output));
        Assert.Matches(@"\nLinearDriver/user +4\.6 +40 +\d+ conforms ", output);
        Assert.Contains("== DropsUpperHalf/user: STAB-102 ", output, StringComparison.Ordinal);
        Assert.Contains("2 candidates, 1 conform, 1 with counterexamples", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DriverInV61_RunsTheDeviceSuiteOnly_AndRefusesTheUserSuiteByName()
    {
        var defaults = CheckCommandTests.Run("check", Assets.Path("pair/Linear.cs"), "--sequences", "5", "--max-ops", "20");
        var named = CheckCommandTests.Run("check", Assets.Path("pair/Linear.cs"), "--profile", "user", "--sequences", "5");

        Assert.Equal(["LinearDriver"], Rows(defaults.Out));
        Assert.Equal(2, named.Exit);
        Assert.Contains("LinearDriver/user: raw block-device DAX mmap exists only in v4.6 (domain §8); LinearDriver is checked in 6.1", named.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DriverWithoutDaxInV46_RunsTheDeviceSuite_AndSaysWhyTheRawBdevSuiteDoesNotApply()
    {
        var reports = Directory.CreateTempSubdirectory("pmemspec-nodax-").FullName;

        var (exit, output, _) = CheckCommandTests.Run("check", Assets.Path("nodax"), "--sequences", "20", "--max-ops", "30", "--report", reports, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Matches(@"\nNoDaxDriver/user +4\.6 +0 +0 n/a ", output);
        Assert.Contains("NoDaxDriver/user: not applicable: blkdev_dax_capable refuses nodax0 (domain §8): it has no direct_access (DaxSupported is false)", output, StringComparison.Ordinal);
        Assert.Contains("1 candidates, 1 conform, 0 with counterexamples", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NoDaxDriver/user", File.ReadAllText(Path.Combine(reports, "pmemspec-report.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HandlerThatExitsTheProcess_IsShrunkInFreshProcesses_ToAMappingAndAStore()
    {
        var (exit, output, _) = CheckCommandTests.Run("check", Assets.Path("handlerfaults"), "--profile", "user-pmem", "--sequences", "30", "--max-ops", "40",
            "--shrink-runs", "16");

        Assert.Equal(1, exit);
        Assert.Contains("== ExitingHandler/user-pmem: exit", output, StringComparison.Ordinal);
        Assert.Contains("the candidate ended the process with exit code 3", output, StringComparison.Ordinal);
        Assert.Matches(@"minimal sequence \(2 of \d+ operations; fails at step 1\)", output);
        Assert.Matches(@">   1  Store\(proc=0, map=1, page=\d+", output);
    }

    private static List<string> Rows(string output) =>
        [.. output.Split('\n').Skip(1).TakeWhile(l => l.Length > 0 && !l.Contains(" candidates, ", StringComparison.Ordinal)).Select(l => l.Split(' ')[0])];
}

/// <summary>One check of the handler assets (two candidates, four rows each) shared by the tests that read it.</summary>
public sealed class HandlerCheck
{
    public HandlerCheck() =>
        (Exit, Out, Err) = CheckCommandTests.Run("check", Assets.Path("handler"), "--sequences", "60", "--max-ops", "40", "--report", Reports);

    /// <summary>Where the check wrote its reports.</summary>
    public string Reports { get; } = Directory.CreateTempSubdirectory("pmemspec-handler-").FullName;

    public int Exit { get; }

    public string Out { get; }

    public string Err { get; }
}
