using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Mm;

/// <summary>Address spaces: mmap, munmap, loads and stores, exit, and the page-table lock rule.</summary>
public class ProcessTests
{
    [Fact]
    public void AnonymousMemory_ReadsZeros_AndAStoreThenLoadRoundTrips_AcrossAPageBoundary()
    {
        var rig = FileRig.Pmem();
        var at = rig.MapAnonymous(2);

        var zeros = rig.LoadOk(at, 16);
        rig.StoreOk(at + 4090, BytePattern.Make(12, seed: 1));

        Assert.Equal(BytePattern.Zeros(16), zeros);
        Assert.Equal(BytePattern.Make(12, seed: 1), rig.LoadOk(at + 4090, 12));
    }

    [Fact]
    public void Munmap_ThenLoad_RaisesSegvMaperr_AndFreesTheAnonymousPages()
    {
        var rig = FileRig.Pmem();
        var at = rig.MapAnonymous(2);
        rig.StoreOk(at, [1, 2]);
        var allocated = rig.Kernel.Allocator.AllocatedPages;

        Assert.True(rig.Process.Munmap(at, 2).IsOk);

        Assert.Equal(SignalCode.SegvMaperr, rig.Process.Load(at, new byte[1]).Code);
        Assert.Equal(allocated - 1, rig.Kernel.Allocator.AllocatedPages);
        Assert.Empty(rig.Process.Vmas);
    }

    [Fact]
    public void Munmap_OfTheMiddle_SplitsTheVma_AndTheRestKeepsItsOffsets()
    {
        var rig = FileRig.Pmem();
        var at = rig.Map(pages: 4, pgoff: 2);

        rig.Process.Munmap(at.AddPages(1), 2);

        Assert.Equal(
            [new VmaInfo(at, 1, Protection.ReadWrite, true, rig.File.Name, 2), new VmaInfo(at.AddPages(3), 1, Protection.ReadWrite, true, rig.File.Name, 5)],
            rig.Process.Vmas);
        Assert.Equal(AccessOutcome.Segv, rig.Process.Load(at.AddPages(1), new byte[1]).Outcome);
    }

    [Fact]
    public void Munmap_OfADevmapEntry_DropsItsPageReference()
    {
        var rig = FileRig.Pmem();
        var at = rig.Map();
        rig.LoadOk(at);
        var pfn = rig.Process.Pte(at)!.Value.Pfn;

        rig.Process.Munmap(at, 4);

        Assert.Equal(0, rig.Kernel.Pages.RefCount(pfn));
    }

    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(-1L, 1L)]
    public void Mmap_OfNoPagesOrANegativeOffset_IsEinval(long pgoff, long pages)
    {
        var rig = FileRig.Pmem();

        Assert.Equal(Errno.EINVAL, rig.Process.Mmap(rig.File, pgoff, pages, Protection.Read, shared: true).Error);
    }

    [Fact]
    public void Munmap_Misaligned_IsEinval()
    {
        var rig = FileRig.Pmem();
        var at = rig.MapAnonymous(1);

        Assert.Equal(Errno.EINVAL, rig.Process.Munmap(at + 1, 1).Error);
    }

    [Fact]
    public void Exit_DropsEveryReference_AndLeavesTheMm()
    {
        var rig = FileRig.Pmem();
        var at = rig.Map();
        rig.LoadOk(at);
        rig.StoreOk(rig.MapAnonymous(1), [1]);
        var pagemap = rig.Kernel.Pages.Pagemaps.Single();

        rig.Process.Exit();

        Assert.Equal(0, pagemap.References);
        Assert.Equal(0, rig.Kernel.Allocator.AllocatedPages);
        Assert.Empty(rig.Mm.Processes);
        Assert.True(rig.Process.Exited);
    }

    [Fact]
    public void SetPte_WithoutThePageTableLock_IsRecorded()
    {
        var kernel = new SimulatedKernel();
        var process = new Process(new MemoryManager(kernel), "proc");

        process.SetPte(0x10, new PageTableEntry(0x200, false, true, false, false, false));

        Assert.Equal(KernelViolation.PageTableUnlocked, Assert.Single(kernel.Violations.All).Rule);
    }
}
