using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.User;

namespace PmemSpec.Conformance.Tests.User;

public class UserConformanceRunnerTests
{
    /// <summary>What <c>pmemspec check</c> runs per profile: 1,000 sequences of up to 100 steps from seed 1.</summary>
    private static readonly RunOptions Options = new(Seed: 1, Sequences: 1000, MaxOps: 100);

    public static TheoryData<string> ProfileNames() => [.. UserProfiles.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void Check_ReferenceProfile_Conforms_OverTheCheckCommandsThousandSequences(string name)
    {
        var report = UserConformanceRunner.Check(UserProfiles.Find(name)!, Options);

        Assert.True(report.Conforms, report.Counterexample is { } cx ? $"{cx.Invariant.Id}: expected {cx.Expected}, got {cx.Actual}\n{cx.ReplayText}" : "");
        Assert.Equal(Options.Sequences, report.Sequences);
    }
}
