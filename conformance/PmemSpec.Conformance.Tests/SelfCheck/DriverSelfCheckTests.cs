using PmemSpec.Conformance.SelfCheck;
using PmemSpec.Conformance.Mutants;
using PmemSpec.Dax;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.SelfCheck;

public class DriverSelfCheckTests
{
    public static TheoryData<string> ReferenceProfileNames() => [.. ReferenceProfiles.All.Select(p => p.Name)];

    public static TheoryData<string, string> MutantNames()
    {
        var data = new TheoryData<string, string>();
        foreach (var (profile, killedBy) in SelfCheckMutants.All()) data.Add(profile.Name, killedBy);
        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceProfileNames))]
    public void Run_PassesEveryCheck_ForEveryReferenceProfile(string name)
    {
        var results = DriverSelfCheck.Run(ReferenceProfiles.Find(name)!);

        Assert.All(results, r => Assert.True(r.Passed, $"{r.Check}: {r.Detail}"));
    }

    [Theory]
    [MemberData(nameof(MutantNames))]
    public void Run_FailsTheExpectedCheck_ForEachMutant(string mutant, string killedBy)
    {
        var profile = SelfCheckMutants.All().Single(m => m.Profile.Name == mutant).Profile;

        var results = DriverSelfCheck.Run(profile);

        var failed = results.Where(r => !r.Passed).Select(r => r.Check).ToList();
        Assert.Contains(killedBy, failed);
    }

    [Fact]
    public void Run_ReportsAThrowingDriverAsAFailedCheck_NotACrash()
    {
        var profile = new DeviceProfile("throws", Era.V6_1, 2048, "mutant",
            k => new ThrowingDax(ReferenceDrivers.Pmem(k, 2048, withStructPages: true)));

        var results = DriverSelfCheck.Run(profile);

        Assert.Contains(results, r => !r.Passed && r.Detail.Contains("threw InvalidOperationException", StringComparison.Ordinal));
    }

    private sealed class ThrowingDax(IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode) =>
            throw new InvalidOperationException("driver bug");
    }
}
