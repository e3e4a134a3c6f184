using PmemSpec.Conformance.Reports;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.TestAssets;
using PmemSpec.Conformance.User;
using PmemSpec.Dax;
using PmemSpec.Invariants.User;
using Xunit.Sdk;

namespace PmemSpec.Conformance.Tests.Reports;

public class UserReproductionTestTests
{
    private static readonly RunOptions Options = new(Seed: 1, Sequences: 50, MaxOps: 30);

    private static readonly UserProfile Handler = UserProfiles.Brd with
    {
        Name = "PtlHeldFaultHandler/user-brd",
        Open = (mm, bdev) => new PtlHeldFaultHandler(mm, bdev),
    };

    private static readonly ProfileReport Broken = UserConformanceRunner.Check(Handler, Options);

    private static CandidateResult Row(string name, string? typeName, UserLevelRun run) =>
        new(name, new DeviceProfile(name, Era.V4_6, UserProfiles.DefaultSectors, "", _ => throw new InvalidOperationException()),
            Broken with { Profile = name }, [.. UserInvariantCatalogue.All.Select(i => i.Rule)])
        {
            TypeName = typeName,
            UserLevel = run,
        };

    private static string Snippet(CandidateResult row) => ReproductionTest.For(new CheckReport("test", Options, null, [row]), row)!;

    [Fact]
    public void Snippet_ForAFaultHandlerRow_BuildsItOverTheReferenceDriver_AndFailsNamingTheInvariant()
    {
        var row = Row(Handler.Name, typeof(PtlHeldFaultHandler).FullName, new UserLevelRun(FaultHandler: true, Over: "user-brd"));

        var source = Snippet(row);
        var failure = SnippetCompiler.RunFact(SnippetCompiler.Compile(source));

        Assert.Contains("Open = (mm, bdev) => new global::PmemSpec.Conformance.TestAssets.PtlHeldFaultHandler(mm, bdev)", source, StringComparison.Ordinal);
        Assert.Contains("UserSequenceRunner.Run(profile, sequence.Ops, UserInvariantCatalogue.All)", source, StringComparison.Ordinal);
        Assert.Contains("SLEEP-101 (reported) — broken: SLEEP-101", Assert.IsAssignableFrom<XunitException>(failure).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_ForAReferenceUserProfile_FindsItByName_AndPassesOnTheReferenceLayer()
    {
        var row = Row("user-brd", null, new UserLevelRun(FaultHandler: false, Over: null));

        var source = Snippet(row);

        Assert.Contains("(UserProfiles.Find(\"user-brd\") ?? throw new System.InvalidOperationException(", source, StringComparison.Ordinal);
        Assert.Null(SnippetCompiler.RunFact(SnippetCompiler.Compile(source)));
    }

    [Fact]
    public void Snippet_ForADriverRow_BuildsTheDriverUnderTheReferenceLayer_WithItsSizeAndEntryKind()
    {
        var row = Row("TwoPageBrd/user", typeof(TwoPageBrd).FullName, new UserLevelRun(FaultHandler: false, Over: null, DevmapEntries: true));

        var source = Snippet(row);
        var failure = SnippetCompiler.RunFact(SnippetCompiler.Compile(source));

        Assert.Contains("new UserProfile(\"TwoPageBrd/user\", 128, \"\", k => new global::PmemSpec.Conformance.TestAssets.TwoPageBrd(k, 128), DevmapEntries: true)", source, StringComparison.Ordinal);
        Assert.True(failure is null or XunitException, $"the snippet ran into {failure}");
    }

    [Fact]
    public void Snippet_WithAnInvariantFilter_SelectsTheSameUserInvariants()
    {
        var row = Row(Handler.Name, typeof(PtlHeldFaultHandler).FullName, new UserLevelRun(FaultHandler: true, Over: "user-brd"));

        var source = ReproductionTest.For(new CheckReport("test", Options with { Invariants = ["SLEEP"] }, null, [row]), row)!;

        Assert.Contains("UserInvariantCatalogue.Select([\"SLEEP\"])", source, StringComparison.Ordinal);
        Assert.IsAssignableFrom<XunitException>(SnippetCompiler.RunFact(SnippetCompiler.Compile(source)));
    }
}
