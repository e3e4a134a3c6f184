using PmemSpec.Conformance.Mutants;
using PmemSpec.Bench;
using PmemSpec.Conformance.Mutants.DaxArg;
using PmemSpec.Conformance.Mutants.Device;
using PmemSpec.Conformance.User;

namespace PmemSpec.Conformance.Tests.Bench;

/// <summary>The benchmark's measurement on tiny sizes: its structure, never its timings.</summary>
public class BenchReportTests
{
    private static readonly BenchOptions Tiny = BenchOptions.Quick with { Sequences = 4, MaxOps = 12 };

    private static readonly Lazy<BenchReport> Report = new(() => BenchReport.Run(Tiny, MutantCatalogue.All));

    [Fact]
    public void Run_MeasuresBrdAndPmem_CheckedAndBare_OnTheSameOperations()
    {
        var rows = Report.Value.Profiles;

        Assert.Equal(["brd", "pmem"], rows.Select(r => r.Profile));
        Assert.All(rows, r =>
        {
            Assert.Equal(Tiny.Sequences, r.Sequences);
            Assert.True(r.Operations > 0, $"{r.Profile}: no operations");
            Assert.True(r.Checked > TimeSpan.Zero && r.Bare > TimeSpan.Zero && r.NoInvariants > TimeSpan.Zero, $"{r.Profile}: a zero time");
            Assert.InRange(r.Generation, TimeSpan.Zero, r.Checked);
            Assert.True(r.Overhead > 0 && r.ExecutionOverhead > 0, $"{r.Profile}: no ratio");
        });
    }

    [Fact]
    public void Run_MeasuresEveryUserProfile_CheckedAndUnchecked_OnTheSameSteps()
    {
        var rows = Report.Value.User;

        Assert.Equal(UserProfiles.All.Select(p => p.Name), rows.Select(r => r.Profile));
        Assert.All(rows, r =>
        {
            Assert.Equal(Tiny.Sequences, r.Sequences);
            Assert.True(r.Steps > 0, $"{r.Profile}: no steps");
            Assert.True(r.Checked > TimeSpan.Zero && r.Generation > TimeSpan.Zero && r.NoInvariants > TimeSpan.Zero, $"{r.Profile}: a zero time");
            Assert.InRange(r.GenerationShare, 0, 1);
            Assert.True(r.CheckingCost >= 0, $"{r.Profile}: a negative ratio");
        });
    }

    [Fact]
    public void Run_KillsEveryMutant_ByItsExpectedInvariant_WithAShrunkCounterexample()
    {
        var rows = Report.Value.Mutants;

        Assert.Equal(DaxArgMutants.All.Count + DeviceMutants.All().Count(), rows.Count);
        Assert.All(rows, m =>
        {
            Assert.True(m.KilledAsExpected, $"{m.Name}: killed by {m.KilledBy ?? "nothing"}, not {m.Expected}");
            Assert.InRange(m.Sequences, 1, Tiny.MutantSequences);
            Assert.InRange(m.ShrunkLength, 1, m.OriginalLength);
        });
        Assert.True(Report.Value.AllKilledAsExpected);
    }

    [Fact]
    public void Table_HasARow_ForEveryProfileUserProfileAndMutant()
    {
        using var output = new StringWriter();

        BenchTable.Write(Report.Value, output);

        var lines = output.ToString().Split('\n');
        Assert.All(Report.Value.Profiles, p => Assert.Contains(lines, l => l.StartsWith(p.Profile + " ", StringComparison.Ordinal)));
        Assert.All(Report.Value.User, u => Assert.Contains(lines, l => l.StartsWith(u.Profile + " ", StringComparison.Ordinal)));
        Assert.All(Report.Value.Mutants, m => Assert.Contains(lines, l => l.StartsWith(m.Name + " ", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains("WRONG", StringComparison.Ordinal));
    }
}
