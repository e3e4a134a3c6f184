using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.User;

namespace PmemSpec.Conformance.Tests.User;

public class UserConformanceRunnerTests
{
    private static readonly RunOptions Options = new(Seed: 1, Sequences: 200, MaxOps: 60);

    public static TheoryData<string> ProfileNames() => [.. UserProfiles.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void Check_ReferenceProfile_Conforms(string name)
    {
        var report = UserConformanceRunner.Check(UserProfiles.Find(name)!, Options);

        Assert.True(report.Conforms, report.Counterexample is { } cx ? $"{cx.Invariant.Id}: expected {cx.Expected}, got {cx.Actual}\n{cx.ReplayText}" : "");
        Assert.Equal(Options.Sequences, report.Sequences);
    }
}
