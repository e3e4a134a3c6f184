using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.RawBlockDax;

/// <summary>
/// Resize (domain §8, §12 item 30): "there is no protection if the block device is dynamically
/// resized during a fault". These tests assert only the fault's own size check and that a resize
/// is neither refused nor synchronised; nothing about entries that outlive a shrink.
/// </summary>
public partial class RawBlockDaxDeviceTests
{
    [Fact]
    public void Resize_Shrink_ThenAFaultPastTheNewEnd_RaisesSigbus()
    {
        var rig = MmRigs.For("pmem", pages: 16);
        var at = rig.Map(pages: 8);

        Assert.True(rig.Raw.Resize(4 * Units.SectorsPerPage).IsOk);
        var past = rig.Process.Load(at.AddPages(5), new byte[1]);
        var inside = rig.Process.Load(at.AddPages(3), new byte[1]);

        Assert.Equal(AccessOutcome.Sigbus, past.Outcome);
        Assert.True(inside.IsOk);
    }

    [Fact]
    public void Resize_Grow_MakesTheNewPagesFaultable()
    {
        var rig = MmRigs.PmemPartition(0, 4 * Units.SectorsPerPage, pages: 16);
        var at = rig.Map(pages: 8);

        Assert.Equal(AccessOutcome.Sigbus, rig.Process.Load(at.AddPages(6), new byte[1]).Outcome);
        Assert.True(rig.Raw.Resize(8 * Units.SectorsPerPage).IsOk);

        Assert.True(rig.Process.Load(at.AddPages(6), new byte[1]).IsOk);
    }

    [Fact]
    public void Resize_DuringAFault_IsNeitherRefusedNorSynchronised_AndBreaksNoKernelRule()
    {
        var resized = new List<Result>();
        MmRig? rig = null;
        rig = MmRigs.For("pmem", pages: 16, wrap: d => new SpyDaxDevice(d, () => resized.Add(rig!.Raw.Resize(2 * Units.SectorsPerPage))));
        var at = rig.Map(pages: 8);
        var mark = rig.Mark;

        rig.Process.Load(at.AddPages(5), new byte[1]);

        // What the faulting access then sees is not asserted: the domain promises nothing (§8).
        Assert.Equal([Result.Ok], resized);
        Assert.Empty(rig.ViolationsSince(mark));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17 * Units.SectorsPerPage)]
    public void Resize_ToNothingOrPastTheDisk_IsEinval(long nrSectors)
    {
        var rig = MmRigs.For("pmem", pages: 16);

        Assert.Equal(Errno.EINVAL, rig.Raw.Resize(nrSectors).Error);
        Assert.Equal(16 * Units.SectorsPerPage, rig.Raw.Bdev.NrSectors);
    }

    [Fact]
    public void Resize_KeepsTheDeviceName_AndTheVmasThatMapIt()
    {
        var rig = MmRigs.For("pmem", pages: 16);
        rig.Map(pages: 8);
        var before = (rig.Raw.Name, rig.Process.Vmas.Single());

        rig.Raw.Resize(4 * Units.SectorsPerPage);

        Assert.Equal(before, (rig.Raw.Name, rig.Process.Vmas.Single()));
    }
}
