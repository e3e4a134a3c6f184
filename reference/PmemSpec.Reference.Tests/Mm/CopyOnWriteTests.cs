using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.Mm;

/// <summary>Copy-on-write of private mappings (domain §7.1 "MAP_PRIVATE DAX: write faults COW into anonymous memory").</summary>
public class CopyOnWriteTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void StoreToAPrivateMapping_CopiesIntoAnonymousMemory_AndTheObjectKeepsItsByte(bool faultedFirst)
    {
        var rig = FileRig.Pmem();
        var at = rig.Map(shared: false);
        if (faultedFirst) rig.LoadOk(at);

        rig.StoreOk(at, [0x42]);

        var pte = rig.Process.Pte(at)!.Value;
        Assert.True(pte.Anon && pte.Writable && pte.Dirty);
        Assert.Equal([0x42], rig.LoadOk(at));
        Assert.Equal([0], rig.DevicePage(0));
    }

    [Fact]
    public void CopyOnWrite_CopiesTheWholePage()
    {
        var rig = FileRig.Pmem();
        var pattern = BytePattern.Make(Units.PageSize, seed: 5);
        var shared = rig.Map(pages: 1);
        rig.StoreOk(shared, pattern);
        var priv = rig.Map(pages: 1, shared: false);

        rig.StoreOk(priv + 100, [0]);

        var expected = (byte[])pattern.Clone();
        expected[100] = 0;
        Assert.Equal(expected, rig.LoadOk(priv, Units.PageSize));
    }

    [Fact]
    public void ASecondStore_ReusesTheExclusiveCopy()
    {
        var rig = FileRig.Pmem();
        var at = rig.Map(shared: false);
        rig.StoreOk(at, [1]);
        var copy = rig.Process.Pte(at)!.Value.Pfn;
        var allocated = rig.Kernel.Allocator.AllocatedPages;

        rig.StoreOk(at + 1, [2]);

        Assert.Equal(copy, rig.Process.Pte(at)!.Value.Pfn);
        Assert.Equal(allocated, rig.Kernel.Allocator.AllocatedPages);
    }

    [Fact]
    public void CopyOnWrite_WhenTheAllocationFails_IsOom_AndTheObjectIsUnchanged()
    {
        var rig = FileRig.Pmem();
        var at = rig.Map(shared: false);
        rig.LoadOk(at);
        rig.Kernel.Allocator.FailNext(1);

        var result = rig.Process.Store(at, [1]);

        Assert.Equal(AccessOutcome.Oom, result.Outcome);
        Assert.Equal([0], rig.DevicePage(0));
        Assert.False(rig.Process.Pte(at)!.Value.Writable);
    }

    [Fact]
    public void CopyOnWrite_OfAPageLessEntry_Works_ItNeedsNoStructPage()
    {
        var rig = FileRig.Dcss();
        var at = rig.Map(shared: false);
        rig.LoadOk(at);

        rig.StoreOk(at, [3]);

        Assert.True(rig.Process.Pte(at)!.Value.Anon);
        Assert.Equal([0], rig.DevicePage(0));
    }
}
