using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.Mutants.User;
using PmemSpec.Conformance.User;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Tests.User;

public class UserCounterexampleReplayTests
{
    [Fact]
    public void ReplayText_ParsesBack_AndReplaysToTheSameInvariantAtTheSameStep()
    {
        var mutant = UserMutants.For("STAB-108")!;
        var cx = UserConformanceRunner.Check(mutant.Profile, new RunOptions(Seed: 1, Sequences: 300, MaxOps: 60)).Counterexample!;

        var parsed = SequenceText.Parse(cx.ReplayText);
        var replay = UserSequenceRunner.Run(mutant.Profile, parsed.Ops);

        Assert.Equal(cx.Sequence, parsed);
        Assert.Equal(("STAB-108", cx.FailingStep), (replay.Broken?.Id, replay.FailingStep));
    }

    [Fact]
    public void SameSeed_GivesTheSameReport()
    {
        var options = new RunOptions(Seed: 3, Sequences: 30, MaxOps: 40);

        var first = UserConformanceRunner.Check(UserProfiles.Brd, options);
        var second = UserConformanceRunner.Check(UserProfiles.Brd, options);

        Assert.Equal((first.Sequences, first.Operations, first.Conforms), (second.Sequences, second.Operations, second.Conforms));
    }
}
