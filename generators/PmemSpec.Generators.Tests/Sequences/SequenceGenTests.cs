using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Dax;
using PmemSpec.Generators.Sequences;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Tests.Sequences;

public partial class SequenceGenTests
{
    public static TheoryData<string> Profiles => ProfileSamples.Names;

    [Theory]
    [MemberData(nameof(Profiles))]
    public void SameSeed_GivesIdenticalSequences(string name)
    {
        var profile = ProfileSamples.Profile(name);

        var first = ProfileSamples.Sample(profile, 7, 50);
        var second = ProfileSamples.Sample(profile, 7, 50);

        Assert.Equal(first, second);
    }

    [Fact]
    public void DifferentSeeds_GiveDifferentSequences()
    {
        var profile = ProfileSamples.Profile("pmem");

        Assert.NotEqual(ProfileSamples.Sample(profile, 7, 20), ProfileSamples.Sample(profile, 8, 20));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Sequences_CarryTheProfileName_AndLeaveEraAndSeedToTheRunner(string name)
    {
        var sequences = ProfileSamples.Of(name);

        Assert.All(sequences, s => Assert.Equal((name, (Era?)null, (ulong?)null), (s.Profile, s.Era, s.Seed)));
    }

    [Fact]
    public void Lengths_RunFromOneToMaxOps()
    {
        var lengths = ProfileSamples.Of("brd").Select(s => s.Ops.Count).ToList();

        Assert.Equal(1, lengths.Min());
        Assert.Equal(ProfileSamples.MaxOps, lengths.Max());
    }

    [Fact]
    public void LongSequences_DoNotExhaustTheStack()
    {
        var sequences = ProfileSamples.Sample(ProfileSamples.Profile("pmem"), 3, 4, maxOps: 3000);

        Assert.Contains(sequences, s => s.Ops.Count > 1000);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Sequences_RoundTripThroughSequenceText(string name)
    {
        var sequences = ProfileSamples.Of(name);

        Assert.All(sequences, s => Assert.Equal(s, SequenceText.Parse(SequenceText.Format(s))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void For_RejectsMaxOpsBelowOne(int maxOps)
    {
        var profile = ProfileSamples.Profile("pmem");

        Assert.Throws<ArgumentOutOfRangeException>(() => SequenceGen.For(profile, DaxTraits.NeverSleeps, maxOps));
    }

    [Fact]
    public void For_RejectsAPartitionWithoutAWholePage()
    {
        var profile = ProfileSamples.Profile("pmem") with { PartitionStart = PmemCapacity - 7 };

        Assert.Throws<ArgumentOutOfRangeException>(() => SequenceGen.For(profile, DaxTraits.NeverSleeps, 10));
    }

    [Fact]
    public void SmallestPartition_StillGeneratesInRangeOps()
    {
        var profile = ProfileSamples.Profile("pmem") with { PartitionStart = PmemCapacity - Units.SectorsPerPage };

        var ops = SequenceGen.For(profile, DaxTraits.NeverSleeps, 20).Sample(100, new Rnd(5, 11), 20).SelectMany(s => s.Ops);

        Assert.Contains(ops, o => o is WriteOp { Sector: 0, Sectors: Units.SectorsPerPage });
    }

    private static long PmemCapacity => ProfileSamples.Profile("pmem").CapacitySectors;
}
