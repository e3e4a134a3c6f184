using System.Runtime.CompilerServices;
using PmemSpec.Conformance.Reports;
using Snapshooter;
using Snapshooter.Xunit;

namespace PmemSpec.Conformance.Tests.Reports;

/// <summary>
/// Pins the three report formats for seed 7 against the two-page brd mutant. The snapshots live in
/// <c>__snapshots__</c> next to this file and are committed: Snapshooter creates a missing one and
/// passes, so <see cref="Snapshots_AreCommitted"/> fails on CI when one is missing.
/// </summary>
public class ReportSnapshotTests
{
    private static readonly CheckReport Report = ReportFixtures.Violating();

    [Fact]
    public void Markdown_ForTheKnownMutant_MatchesTheSnapshot() => Snapshot.Match(MarkdownReport.Write(Report), new SnapshotNameExtension("md"));

    [Fact]
    public void Json_ForTheKnownMutant_MatchesTheSnapshot() => Snapshot.Match(JsonReport.Write(Report), new SnapshotNameExtension("json"));

    [Fact]
    public void Junit_ForTheKnownMutant_MatchesTheSnapshot() => Snapshot.Match(JunitReport.Write(Report), new SnapshotNameExtension("junit"));

    [Theory]
    [InlineData("Markdown_ForTheKnownMutant_MatchesTheSnapshot_md")]
    [InlineData("Json_ForTheKnownMutant_MatchesTheSnapshot_json")]
    [InlineData("Junit_ForTheKnownMutant_MatchesTheSnapshot_junit")]
    public void Snapshots_AreCommitted(string name)
    {
        var file = Path.Combine(SourceFolder(), "__snapshots__", $"{nameof(ReportSnapshotTests)}.{name}.snap");

        Assert.True(File.Exists(file), $"missing snapshot {file}: run the tests locally and commit it");
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
