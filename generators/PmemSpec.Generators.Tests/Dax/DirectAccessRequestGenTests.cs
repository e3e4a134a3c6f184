using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Generators.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Generators.Tests.Dax;

public class DirectAccessRequestGenTests
{
    private const long Sectors = 1024;
    private static readonly Rnd Seed = new(20261123UL, 1442695040888963407UL);

    private static DirectAccessRequest[] Sample(int count) =>
        DirectAccessRequestGen.For(Sectors).Sample(count, Seed, 20);

    private static Errno Outcome(DirectAccessRequest r)
    {
        var kernel = new SimulatedKernel(Era.V4_9);
        var disk = new LinearFakeDax(Sectors);
        return BdevDirectAccess.Call(kernel, Partition.Whole(disk), r.Sector, r.Size).Error;
    }

    [Fact]
    public void SameSeed_GivesSameRequests()
    {
        Assert.Equal(Sample(200), Sample(200));
    }

    [Fact]
    public void Requests_ReachEveryOutcomeOfTheEraBWrapper()
    {
        var outcomes = Sample(1000).Select(Outcome).ToHashSet();

        Assert.Contains(Errno.None, outcomes);
        Assert.Contains(Errno.ERANGE, outcomes);
        Assert.Contains(Errno.EINVAL, outcomes);
        Assert.Contains(outcomes, e => e != Errno.None && !Enum.IsDefined(e));
    }

    [Fact]
    public void Requests_AreMostlyInRangeAndAligned()
    {
        var ok = Sample(1000).Count(r => Outcome(r) == Errno.None);

        Assert.InRange(ok, 550, 900);
    }

    [Fact]
    public void Requests_IncludeTheLastPageAndTheExactEnd()
    {
        var requests = Sample(1000);

        Assert.Contains(new DirectAccessRequest(Sectors - Units.SectorsPerPage, Units.PageSize), requests);
        Assert.Contains(new DirectAccessRequest(Sectors, 0), requests);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(1001)]
    public void For_RejectsGeometryThatIsNotAPositivePageMultiple(long sectors)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DirectAccessRequestGen.For(sectors));
    }
}
