using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.Tests.Support;

namespace PmemSpec.Reference.Tests.RawBlockDax;

/// <summary>Property checks with a fixed seed, so a failure replays.</summary>
public partial class RawBlockDaxDeviceTests
{
    private const int PropertyPages = 8;

    /// <summary>
    /// Any mix of stores through a shared mapping and sector pwrites leaves the mapping, the block
    /// path and a plain byte-array model agreeing on every byte (STAB: one set of bytes, two paths).
    /// </summary>
    [Property(Replay = "(914523,1031)", MaxTest = 60)]
    public Property StoresAndPwrites_InAnyOrder_LeaveTheMappingAndTheBlockPathAgreeing()
    {
        var disks = Gen.Elements("brd", "pmem", "pmem-raw", "dcss");
        var op = from offset in Gen.Choose(0, (PropertyPages * Units.PageSize) - 1)
                 from value in Gen.Choose(1, 255)
                 from throughMapping in Gen.Elements(true, false)
                 select (offset, value, throughMapping);
        return Prop.ForAll(disks.ToArbitrary(), op.ListOf().ToArbitrary(), (disk, ops) =>
        {
            var rig = MmRigs.For(disk, PropertyPages);
            var at = rig.Map(pages: PropertyPages);
            var model = new byte[PropertyPages * Units.PageSize];
            foreach (var (offset, value, throughMapping) in ops)
                Apply(rig, at, model, offset, (byte)value, throughMapping);
            var loaded = rig.LoadOk(at, model.Length);
            return loaded.AsSpan().SequenceEqual(model) && rig.DeviceBytes(0, model.Length).AsSpan().SequenceEqual(model);
        });
    }

    private static void Apply(MmRig rig, UserAddress at, byte[] model, int offset, byte value, bool throughMapping)
    {
        if (throughMapping)
        {
            rig.StoreOk(at + offset, [value]);
            model[offset] = value;
            return;
        }
        var sector = offset / Units.SectorSize;
        var data = Enumerable.Repeat(value, Units.SectorSize).ToArray();
        rig.DeviceWrite(sector, data);
        data.CopyTo(model, sector * Units.SectorSize);
    }

    /// <summary>
    /// After fork, any interleaving of parent and child stores into a shared and a private mapping:
    /// both see one shared page (the device's), each sees its own private page, and the device
    /// page behind the private mapping never changes (copy-on-write, domain §7.1).
    /// </summary>
    [Property(Replay = "(914523,1031)", MaxTest = 60)]
    public Property Fork_AnyInterleavingOfStores_KeepsSharedPagesShared_AndPrivatePagesPrivate()
    {
        var disks = Gen.Elements("brd", "pmem", "pmem-raw", "dcss");
        var store = from child in Gen.Elements(true, false)
                    from shared in Gen.Elements(true, false)
                    from offset in Gen.Choose(0, Units.PageSize - 1)
                    from value in Gen.Choose(1, 255)
                    select new ForkStore(child, shared, offset, (byte)value);
        var setup = Gen.Elements(true, false).Zip(Gen.Choose(0, 255), (prefault, before) => (prefault, before));
        return Prop.ForAll(disks.ToArbitrary(), setup.ToArbitrary(), store.ListOf().ToArbitrary(), (disk, pre, stores) =>
        {
            var world = ForkWorld.Create(MmRigs.For(disk, PropertyPages), pre.prefault, (byte)pre.before);
            foreach (var s in stores) world.Apply(s);
            return world.Agrees();
        });
    }
}
