using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.Mutants.DaxArg;
using PmemSpec.Conformance.Mutants.Device;
using PmemSpec.Dax;
using PmemSpec.Invariants;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Tests.Runner;

/// <summary>A counterexample's printed replay text, parsed back, replays to the same violation at the same step.</summary>
public class CounterexampleReplayTests
{
    private static readonly RunOptions Options = new(Seed: 1, Sequences: 500, MaxOps: 60);

    public static TheoryData<string> DeviceMutantNames() => [.. DeviceMutants.All().Select(m => m.Name)];

    public static TheoryData<string> DaxArgMutantNames() => [.. DaxArgMutants.All.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(DeviceMutantNames))]
    public void DeviceMutant_ReplayText_ReplaysToTheSameViolation(string name)
    {
        var profile = DeviceMutants.All().Single(m => m.Name == name).Profile;

        AssertReplays(profile, null);
    }

    [Theory]
    [MemberData(nameof(DaxArgMutantNames))]
    public void DaxArgMutant_ReplayText_ReplaysToTheSameViolation(string name)
    {
        var mutant = DaxArgMutants.Find(name);

        AssertReplays(mutant.Profile, mutant.Caller);
    }

    private static void AssertReplays(DeviceProfile profile, CallerFactory? caller)
    {
        var cx = Assert.IsType<Counterexample>(ConformanceRunner.Check(profile, Options, caller).Counterexample);

        var pasted = SequenceText.Parse(cx.ReplayText, "pasted.txt");
        var replay = SequenceRunner.Run(profile with { Era = pasted.Era ?? profile.Era }, pasted.Ops, InvariantCatalogue.All, caller);

        Assert.Equal(cx.Sequence, pasted);
        Assert.Equal(cx.Invariant.Id, replay.Broken?.Id);
        Assert.Equal(cx.FailingStep, replay.FailingStep);
        Assert.Equal((cx.Expected, cx.Actual), (replay.Failure!.Expected, replay.Failure.Actual));
    }
}
