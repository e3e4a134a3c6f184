using PmemSpec.Conformance.Runner;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Runner;

public class SequenceObserverTests
{
    private static readonly RunOptions Quick = new(Seed: 3, Sequences: 30, MaxOps: 40);

    [Fact]
    public void Check_TellsTheObserver_TheProbe_ThenEverySequence_InOrder()
    {
        var seen = new List<(int Index, bool Shrinking)>();

        ConformanceRunner.Check(ReferenceProfiles.Find("pmem")!, Quick, observer: (i, shrinking, _) => seen.Add((i, shrinking)));

        Assert.Equal([(-1, false), .. Enumerable.Range(0, Quick.Sequences).Select(i => (i, false))], seen);
    }

    [Fact]
    public void Check_TellsTheObserver_OfEachShrinkAttempt_UnderTheFailingIndex()
    {
        var seen = new List<(int Index, bool Shrinking)>();

        var report = ConformanceRunner.Check(TestProfiles.BrdTwoPages, Quick, observer: (i, shrinking, _) => seen.Add((i, shrinking)));

        var failing = report.Sequences - 1;
        Assert.Equal(failing, seen.Last(s => !s.Shrinking).Index);
        Assert.Contains(seen, s => s.Shrinking);
        Assert.All(seen.Where(s => s.Shrinking), s => Assert.Equal(failing, s.Index));
    }

    [Fact]
    public void SequenceSource_GivesTheSequencesTheRunnerRan()
    {
        var profile = TestProfiles.BrdTwoPages;
        var report = ConformanceRunner.Check(profile, Quick);
        var source = new SequenceSource(profile, profile.Create(profile.NewKernel()).Traits, Quick);

        var failing = source.Ops(report.Sequences - 1);

        Assert.Equal(report.Counterexample!.OriginalLength, failing.Count);
        Assert.Equal(Quick.SequenceSeed(report.Sequences - 1), report.Counterexample.Sequence.Seed);
    }
}
