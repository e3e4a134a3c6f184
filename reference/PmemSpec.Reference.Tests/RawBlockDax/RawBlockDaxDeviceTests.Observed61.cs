using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.RawBlockDax;

/// <summary>
/// The rows of domain/observed-linux-6.1.md that apply to a raw mapping: store/read coherence both
/// ways, fork with a shared and a private mapping, and O_DIRECT into a mapping (the last is in
/// the DirectIo part).
/// </summary>
/// <remarks>
/// Era: these rows run in v4.6, not 6.1. Raw block-device DAX mmap exists only in the 4.5–4.6
/// trees and is reverted before v4.9 (domain §8); in 6.1 an mmap of /dev/pmem0 goes through the
/// page cache, so the 6.1 rows (observed on ext4/XFS DAX files) can only be reproduced by the raw
/// DAX path in the era that has it. Rows about truncate, hole punch, MAP_SYNC, statx and mount do
/// not apply to a block device (no truncation, no extents, no MAP_SYNC before v4.15). Nor does the
/// io_uring long-term pin row: long-term pin refusal arrives in v4.15 (§7.2), after raw-bdev DAX
/// is gone; the Gup part shows that a v4.6 long-term pin of a raw mapping is not refused.
/// </remarks>
public partial class RawBlockDaxDeviceTests
{
    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void Observed61_StoreThroughASharedMapping_ThenPread_SeesTheStoredByteAtOnce(string disk)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map();

        rig.StoreOk(at.AddPages(1) + 100, [0x5a]);

        Assert.Equal([0x5a], rig.DeviceBytes(Units.SectorsPerPage, 101)[100..]);
    }

    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void Observed61_Pwrite_ThenALoadThroughAnExistingSharedMapping_SeesTheNewByteAtOnce(string disk)
    {
        var rig = MmRigs.For(disk);
        var at = rig.Map();
        rig.LoadOk(at.AddPages(2));

        rig.DeviceWrite(2 * Units.SectorsPerPage, BytePattern.Make(Units.SectorSize, seed: 9));

        Assert.Equal(BytePattern.Make(8, seed: 9), rig.LoadOk(at.AddPages(2)));
    }

    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void Observed61_Fork_ChildStoresToASharedAndAPrivateMapping_ParentSeesTheShared_PrivateStaysTheParents_DeviceKeepsTheOriginal(string disk)
    {
        var rig = MmRigs.For(disk);
        var original = BytePattern.Make(2 * Units.PageSize, seed: 1);
        rig.DeviceWrite(0, original);
        var shared = rig.Map(pages: 1, pgoff: 0);
        var priv = rig.Map(pages: 1, pgoff: 1, shared: false);
        rig.LoadOk(shared, 1);
        rig.LoadOk(priv, 1);
        var child = rig.Process.Fork("child");

        rig.StoreOk(shared, [0x11], child);
        rig.StoreOk(priv, [0x22], child);

        Assert.Equal([0x11], rig.LoadOk(shared, 1));
        Assert.Equal([original[Units.PageSize]], rig.LoadOk(priv, 1));
        Assert.Equal([0x22], rig.LoadOk(priv, 1, child));
        Assert.Equal([0x11], rig.DeviceBytes(0, 1));
        Assert.Equal(original[Units.PageSize], rig.DeviceBytes(Units.SectorsPerPage, 1)[0]);
    }

    [Theory]
    [MemberData(nameof(MmRigs.AllDisks), MemberType = typeof(MmRigs))]
    public void Observed61_Fork_BeforeAnyFault_TheChildFaultsItsOwnEntries_WithTheSameResults(string disk)
    {
        var rig = MmRigs.For(disk);
        var shared = rig.Map(pages: 1, pgoff: 0);
        var priv = rig.Map(pages: 1, pgoff: 1, shared: false);
        var child = rig.Process.Fork("child");

        rig.StoreOk(shared, [0x11], child);
        rig.StoreOk(priv, [0x22], child);

        Assert.Equal([0x11], rig.LoadOk(shared, 1));
        Assert.Equal([0], rig.LoadOk(priv, 1));
        Assert.Equal([0], rig.DeviceBytes(Units.SectorsPerPage, 1));
    }
}
