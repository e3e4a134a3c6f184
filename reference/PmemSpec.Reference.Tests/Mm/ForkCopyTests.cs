using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Mm;

/// <summary>fork's copy_page_range rules for page-backed and special entries (domain §7.1).</summary>
public class ForkCopyTests
{
    [Fact]
    public void Fork_CopiesEveryVma()
    {
        var rig = FileRig.Pmem();
        rig.Map();
        rig.MapAnonymous(2);

        var child = rig.Process.Fork("child");

        Assert.Equal(rig.Process.Vmas, child.Vmas);
        Assert.Contains(child, rig.Mm.Processes);
    }

    [Fact]
    public void Fork_GivesTheChildAReferenceOnEachPageBackedEntry()
    {
        var rig = FileRig.Pmem();
        var file = rig.Map();
        var anon = rig.MapAnonymous(1);
        rig.LoadOk(file);
        rig.StoreOk(anon, [1]);
        var pfns = new[] { rig.Process.Pte(file)!.Value.Pfn, rig.Process.Pte(anon)!.Value.Pfn };

        var child = rig.Process.Fork("child");

        Assert.Equal([2, 2], pfns.Select(rig.Kernel.Pages.RefCount));
        Assert.Equal(rig.Process.Pte(file), child.Pte(file));
    }

    [Fact]
    public void Fork_CopiesASpecialEntryAsItIs_WithNoReference()
    {
        var rig = FileRig.Dcss();
        var at = rig.Map();
        rig.LoadOk(at);
        var pte = rig.Process.Pte(at)!.Value;

        var child = rig.Process.Fork("child");

        Assert.True(pte.Special);
        Assert.Equal(pte, child.Pte(at));
        Assert.Equal(0, rig.Kernel.Pages.RefCount(pte.Pfn));
    }

    [Fact]
    public void Fork_WriteProtectsWritableEntriesOfPrivateWritableVmas_InBoth()
    {
        var rig = FileRig.Pmem();
        var anon = rig.MapAnonymous(1);
        rig.StoreOk(anon, [1]);

        var child = rig.Process.Fork("child");

        Assert.False(rig.Process.Pte(anon)!.Value.Writable);
        Assert.False(child.Pte(anon)!.Value.Writable);
    }

    [Fact]
    public void Fork_OfAnonymousMemory_SharesThePageUntilAStore_ThenTheWriterCopies_AndTheOtherReusesItsPage()
    {
        var rig = FileRig.Pmem();
        var anon = rig.MapAnonymous(1);
        rig.StoreOk(anon, [1]);
        var shared = rig.Process.Pte(anon)!.Value.Pfn;
        var child = rig.Process.Fork("child");

        rig.StoreOk(anon, [2], child);
        rig.StoreOk(anon, [3]);

        Assert.Equal([3], rig.LoadOk(anon));
        Assert.Equal([2], rig.LoadOk(anon, process: child));
        Assert.NotEqual(shared, child.Pte(anon)!.Value.Pfn);
        Assert.Equal(shared, rig.Process.Pte(anon)!.Value.Pfn);
    }

    [Fact]
    public void Fork_OfASharedVmaThatIsNotMixedMap_CopiesNoEntries_AndTheChildRefaults()
    {
        var rig = FileRig.Pmem(mixedMap: false);
        var at = rig.Map();
        rig.StoreOk(at, [7]);

        var child = rig.Process.Fork("child");

        Assert.Null(child.Pte(at));
        Assert.Equal([7], rig.LoadOk(at, process: child));
        Assert.Equal(2, rig.File.Faults);
    }
}
