using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Mm;

/// <summary>Faults call the object's handler in process context, never under the page-table lock (domain §10).</summary>
public class FaultsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheHandler_RunsWithoutThePageTableLock_AndTheEntryIsInstalledUnderIt(bool write)
    {
        var kernel = new SimulatedKernel(Era.V4_12);
        var seen = new List<bool>();
        var disk = new SpyDaxDevice(ReferenceDrivers.Pmem(kernel, 64, withStructPages: true), () => seen.Add(kernel.Context.InAtomic));
        var mm = ReferenceMm.Create(kernel);
        var process = mm.Spawn("proc");
        var at = process.Mmap(new LinearDaxFile(kernel, disk, DaxMappingKind.FsDax), 0, 1, Protection.ReadWrite, shared: true).Value;
        var mark = kernel.Trace.Mark;

        var result = write ? process.Store(at, [1]) : process.Load(at, new byte[1]);

        Assert.True(result.IsOk);
        Assert.Equal([false], seen);
        Assert.Empty(kernel.Violations.Since(mark));
        Assert.Equal(1, kernel.Trace.CountSince(mark, KernelEventKind.PteSet));
        Assert.Equal(1, kernel.Trace.CountSince(mark, KernelEventKind.Fault));
    }

    /// <summary>The mutant in era C: v4.12's dax_direct_access calls might_sleep, so a handler under the PTL is caught.</summary>
    [Fact]
    public void AHandlerCallingDirectAccessUnderThePageTableLock_IsCaught_InV4_12()
    {
        var rig = FileRig.Pmem(Era.V4_12);
        var wrong = new PtlHeldFault(rig.Kernel, rig.File);
        var at = rig.Process.Mmap(wrong, 0, 1, Protection.Read, shared: true).Value;
        var mark = rig.Mark;

        rig.LoadOk(at);

        Assert.Contains(KernelViolation.SleepInAtomic, rig.ViolationsSince(mark));
    }

    [Fact]
    public void AHandlerAnsweringSigbus_RaisesSigbus_AndMapsNothing()
    {
        var rig = FileRig.Pmem();
        var at = rig.Map(pages: 4, pgoff: 14);

        var result = rig.Process.Load(at.AddPages(3), new byte[1]);

        Assert.Equal(AccessResult.Sigbus(at.AddPages(3)), result);
        Assert.Null(rig.Process.Pte(at.AddPages(3)));
        Assert.Equal(1, rig.Kernel.Trace.CountSince(0, KernelEventKind.Signal));
    }

    [Fact]
    public void ASharedReadFault_OfAPageLessFile_InstallsASpecialReadOnlyEntry()
    {
        var rig = FileRig.Dcss();
        var at = rig.Map();

        rig.LoadOk(at);

        var pte = rig.Process.Pte(at)!.Value;
        var expected = new DaxHandle(rig.Kernel, PmemSpec.Block.Partition.Whole(rig.Disk)).DirectAccess(0, 1).Value.Pfn;
        Assert.Equal(new PageTableEntry(expected.Pfn, false, true, false, false, false), pte);
    }
}
