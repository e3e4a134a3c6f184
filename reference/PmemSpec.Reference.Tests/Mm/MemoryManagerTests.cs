using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Mm;

/// <summary>The mm: processes, unmap_mapping_range by object, memory failure.</summary>
public class MemoryManagerTests
{
    [Fact]
    public void Spawn_AddsAProcessWithAnEmptyAddressSpace()
    {
        var rig = FileRig.Pmem();

        var other = rig.Mm.Spawn("other");

        Assert.Equal("other", other.Name);
        Assert.Empty(other.Vmas);
        Assert.Equal([rig.Process, other], rig.Mm.Processes);
    }

    [Fact]
    public void UnmapMapping_ZapsOnlyThatObjectsEntries_InEveryProcess_AndTheVmasStay()
    {
        var rig = FileRig.Pmem();
        var file = rig.Map();
        var anon = rig.MapAnonymous(1);
        rig.LoadOk(file);
        rig.StoreOk(anon, [1]);
        var child = rig.Process.Fork("child");

        rig.Mm.UnmapMapping(rig.File);

        Assert.Null(rig.Process.Pte(file));
        Assert.Null(child.Pte(file));
        Assert.NotNull(rig.Process.Pte(anon));
        Assert.Equal(2, rig.Process.Vmas.Count);
        Assert.Equal(0, rig.Kernel.Pages.Pagemaps.Single().References);
    }

    [Fact]
    public void MemoryFailure_OfAnAnonymousPage_UnmapsIt_FromEveryProcess()
    {
        var rig = FileRig.Pmem();
        var anon = rig.MapAnonymous(1);
        rig.StoreOk(anon, [1]);
        var child = rig.Process.Fork("child");
        var pfn = rig.Process.Pte(anon)!.Value.Pfn;

        Assert.True(rig.Mm.MemoryFailure(pfn).IsOk);

        Assert.True(rig.Mm.IsPoisoned(pfn));
        Assert.Null(rig.Process.Pte(anon));
        Assert.Null(child.Pte(anon));
    }

    [Fact]
    public void MemoryFailure_OfAFileDevmapPage_ThenAFault_RaisesSigbusMceerr()
    {
        var rig = FileRig.Pmem();
        var at = rig.Map();
        rig.LoadOk(at);

        rig.Mm.MemoryFailure(rig.Process.Pte(at)!.Value.Pfn);

        Assert.Equal(AccessResult.Sigbus(at, SignalCode.BusMceerrAr), rig.Process.Load(at, new byte[1]));
    }
}
