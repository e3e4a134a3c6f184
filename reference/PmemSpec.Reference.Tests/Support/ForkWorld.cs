using PmemSpec.Reference.Mm;

namespace PmemSpec.Reference.Tests.Support;

/// <summary>
/// A parent with a shared mapping of device page 0 and a private mapping of device page 1, forked,
/// next to the model of what each must see: one shared page, a private page per process.
/// </summary>
internal sealed class ForkWorld
{
    private readonly MmRig rig;
    private readonly IProcess child;
    private readonly UserAddress shared;
    private readonly UserAddress priv;
    private readonly byte[] sharedModel = new byte[Units.PageSize];
    private readonly byte[] parentPrivate = new byte[Units.PageSize];
    private readonly byte[] childPrivate;
    private readonly byte[] devicePrivatePage;

    private ForkWorld(MmRig rig, bool prefault, byte storedBeforeFork)
    {
        this.rig = rig;
        shared = rig.Map(pages: 1, pgoff: 0);
        priv = rig.Map(pages: 1, pgoff: 1, shared: false);
        devicePrivatePage = rig.DeviceBytes(Units.SectorsPerPage, Units.PageSize);
        if (prefault)
        {
            rig.LoadOk(shared, 1);
            rig.LoadOk(priv, 1);
        }
        if (storedBeforeFork != 0)
        {
            rig.StoreOk(priv, [storedBeforeFork]);
            parentPrivate[0] = storedBeforeFork;
        }
        childPrivate = (byte[])parentPrivate.Clone();
        child = rig.Process.Fork("child");
    }

    public static ForkWorld Create(MmRig rig, bool prefault, byte storedBeforeFork) => new(rig, prefault, storedBeforeFork);

    public void Apply(ForkStore store)
    {
        var process = store.ByChild ? child : rig.Process;
        rig.StoreOk((store.Shared ? shared : priv) + store.Offset, [store.Value], process);
        var model = store.Shared ? sharedModel : store.ByChild ? childPrivate : parentPrivate;
        model[store.Offset] = store.Value;
    }

    public bool Agrees() =>
        Sees(rig.Process, shared, sharedModel) && Sees(child, shared, sharedModel)
        && Sees(rig.Process, priv, parentPrivate) && Sees(child, priv, childPrivate)
        && rig.DeviceBytes(0, Units.PageSize).AsSpan().SequenceEqual(sharedModel)
        && rig.DeviceBytes(Units.SectorsPerPage, Units.PageSize).AsSpan().SequenceEqual(devicePrivatePage);

    private bool Sees(IProcess process, UserAddress at, byte[] model) => rig.LoadOk(at, Units.PageSize, process).AsSpan().SequenceEqual(model);
}
