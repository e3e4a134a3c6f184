using PmemSpec.Cli;
using PmemSpec.Conformance.Candidates;
using PmemSpec.Conformance.Isolation;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.Tests.Candidates;

namespace PmemSpec.Conformance.Tests.Isolation;

public class IsolatedRunnerObserverTests
{
    [Fact]
    public void Check_TellsTheObserver_EverySequenceTheWorkerStarts_InOrder_WithTheOperationsSoFar()
    {
        var load = CandidateSource.Load(Assets.Path("handler/FaultHandler.cs"));
        var handler = load.Candidates.First(c => c.Name == "FaultHandler");
        using var runner = new IsolatedRunner(load.Image!, IsolationLimits.Default, SelfLaunch.Worker());
        var heard = new List<(int Index, long Operations)>();

        var report = runner.Check(CandidateSuite.For(handler).First(), new RunOptions(Seed: 2, Sequences: 12, MaxOps: 20), null,
            (index, _, operations) => heard.Add((index, operations)));

        Assert.True(report.Conforms);
        Assert.Equal(Enumerable.Range(-1, 13), heard.Select(h => h.Index));
        Assert.True(heard.Zip(heard.Skip(1)).All(p => p.First.Operations <= p.Second.Operations), "operations never go back");
        Assert.True(report.Operations > heard[^1].Operations, "the last sequence's steps are counted in the report, not yet in its start");
    }
}
