using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Mm;

/// <summary>
/// What an access through a present entry finds: a stale entry to a freed page or to removed device
/// memory is a kernel bug, and the kit records it (use-after-free, removed-device-access).
/// </summary>
public class UserMemoryTests
{
    /// <summary>A removal that forgets to unmap user entries (the mutant of §9.2's unmap_mapping_range) is caught on the next access.</summary>
    [Fact]
    public void AnEntryLeftBehindByARemovalThatDidNotUnmap_IsRecorded_AndRaisesSigbus()
    {
        var rig = FileRig.Pmem(Era.V4_12, withStructPages: false);
        var at = rig.Map();
        rig.LoadOk(at);
        rig.Kernel.DeviceMemory.Remove(rig.Kernel.Pages.Pagemaps.Single());
        var mark = rig.Mark;

        var result = rig.Process.Load(at, new byte[1]);

        Assert.Equal(AccessOutcome.Sigbus, result.Outcome);
        Assert.Equal([KernelViolation.RemovedDeviceAccess], rig.ViolationsSince(mark));
    }

    [Fact]
    public void AnEntryToAFreedPage_IsRecordedAsUseAfterFree()
    {
        var rig = FileRig.Pmem();
        var page = rig.Kernel.Allocator.AllocPage(Gfp.Kernel, "test").Value;
        var stale = new StalePfnFile(page);
        var at = rig.Process.Mmap(stale, 0, 1, Protection.Read, shared: true).Value;
        rig.Kernel.Allocator.FreePage(page, "test");
        var mark = rig.Mark;

        rig.Process.Load(at, new byte[1]);

        Assert.Contains(KernelViolation.UseAfterFree, rig.ViolationsSince(mark));
    }

    [Fact]
    public void ACorrectRemoval_ThroughTheRawLayer_LeavesNothingToRecord()
    {
        var rig = MmRigs.For("pmem-raw");
        var at = rig.Map();
        rig.LoadOk(at);
        rig.Raw.Remove();
        var mark = rig.Mark;

        rig.Process.Load(at, new byte[1]);

        Assert.Empty(rig.ViolationsSince(mark));
    }

    /// <summary>A mutant object whose fault handler hands out a pfn it does not own.</summary>
    private sealed class StalePfnFile(ulong pfn) : IMappable
    {
        public string Name => "stale";

        public DaxMappingKind DaxKind => DaxMappingKind.FsDax;

        public bool MixedMap => true;

        public Result CheckMmap(long pgoff, long pages, Protection prot, bool shared) => Result.Ok;

        public VmFaultResult Fault(VmFault vmf) => VmFaultResult.Mapped(PfnT.From(pfn, PfnFlags.None));

        public VmFaultResult PfnMkwrite(VmFault vmf) => VmFaultResult.NoPage;
    }
}
