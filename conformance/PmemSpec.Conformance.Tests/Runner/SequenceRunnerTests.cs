using PmemSpec.Conformance.Runner;
using PmemSpec.Invariants;
using PmemSpec.Operations;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Runner;

public class SequenceRunnerTests
{
    private static SequenceRun Run(string profile, params string[] ops) =>
        SequenceRunner.Run(ReferenceProfiles.Find(profile)!, ops.Select(DeviceOpParser.Parse).ToList(), InvariantCatalogue.All);

    [Fact]
    public void Run_SkipsALoadOfAPageNoDirectAccessMapped()
    {
        var run = Run("pmem", "LoadViaDax(pgoff=3, offset=0, len=8)", "Read(sector=0, sectors=8)");

        Assert.True(run.Passed);
        Assert.Equal([new ReadOp(0, 8)], run.Executed);
    }

    [Fact]
    public void Run_BlockWriteThenDaxLoad_SeesTheSameBytes()
    {
        var run = Run("brd", "Write(sector=8, sectors=8, seed=5)", "DirectAccess(pgoff=1, pages=1, ctx=Process)", "LoadViaDax(pgoff=1, offset=0, len=4096)");

        Assert.True(run.Passed);
        Assert.Equal(SeededBytes.Make(5, 4096), run.Outcomes[2].Data);
    }

    [Fact]
    public void Run_AtomicDirectAccessOnBrd_IsTheCallersViolation()
    {
        var run = Run("brd", "DirectAccess(pgoff=0, pages=1, ctx=Atomic)");

        Assert.Equal("SLEEP-003", run.Broken?.Id);
    }

    [Fact]
    public void Run_AtomicDirectAccessOnPmemIn61_IsFine()
    {
        var run = Run("pmem", "DirectAccess(pgoff=0, pages=4, ctx=Atomic)");

        Assert.True(run.Passed);
    }

    [Fact]
    public void Run_DirectAccessAfterRemoval_FailsWithEnxio()
    {
        var run = Run("pmem", "RemoveDevice()", "DirectAccess(pgoff=0, pages=1, ctx=Process)");

        Assert.True(run.Passed);
        Assert.Equal(Errno.ENXIO, run.Outcomes[1].Error);
    }

    [Fact]
    public void Run_MediaErrorOnPmem61_GivesEhwpoison_ThenAWriteClearsIt()
    {
        var run = Run("pmem", "MediaError(sector=9, sectors=1)", "DirectAccess(pgoff=1, pages=1, ctx=Process)",
            "Write(sector=8, sectors=8, seed=1)", "DirectAccess(pgoff=1, pages=1, ctx=Process)");

        Assert.True(run.Passed);
        Assert.Equal(Errno.EHWPOISON, run.Outcomes[1].Error);
        Assert.True(run.Outcomes[3].IsOk);
    }
}
