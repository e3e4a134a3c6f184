using PmemSpec.Model.User;
using PmemSpec.Operations;
using PmemSpec.Operations.User;

namespace PmemSpec.Spec.Tests.Model.User;

public class UserModelTests
{
    private static UserModel Forked()
    {
        var model = new UserModel(new UserFacts("t", Era.V4_6, DevicePages: 4, DevmapEntries: true, OtherPages: 1));
        model.Learn(0, new byte[Units.PageSize]);
        model.Learn(1, new byte[Units.PageSize]);
        model.Apply(new MmapOp(0, 1, 0, 1, Shared: true, Writable: true), UserOutcome.Ok);
        model.Apply(new MmapOp(0, 2, 1, 1, Shared: false, Writable: true), UserOutcome.Ok);
        model.Apply(new ForkOp(0, 3), UserOutcome.Ok);
        return model;
    }

    [Fact]
    public void Fork_ChildStoreToTheSharedMapping_IsSeenByTheParentAndTheDevice()
    {
        var model = Forked();

        model.Apply(new StoreOp(3, 1, 0, 0, 1, Seed: 5), UserOutcome.Ok);

        var stored = SeededBytes.Make(5, 1)[0];
        Assert.Equal((stored, stored), (model.View(0, 1, 0)![0], model.DevicePage(0)![0]));
    }

    [Fact]
    public void Fork_ChildStoreToThePrivateMapping_StaysTheChilds_AndTheDeviceKeepsItsByte()
    {
        var model = Forked();

        model.Apply(new StoreOp(3, 2, 0, 0, 1, Seed: 5), UserOutcome.Ok);

        Assert.Equal(SeededBytes.Make(5, 1)[0], model.View(3, 2, 0)![0]);
        Assert.Equal((0, 0), (model.View(0, 2, 0)![0], model.DevicePage(1)![0]));
        Assert.True(model.Mapping(0, 2)!.Forked);
    }

    [Fact]
    public void FailedWritePin_OfAPrivatePage_LeavesItsBytesUnknown()
    {
        var model = Forked();

        model.Apply(new PinOp(0, 2, 0, 1, Write: true, Pin: 9), new UserOutcome(UserResultKind.Errno, Errno.EFAULT));

        Assert.Null(model.View(0, 2, 0));
    }

    [Fact]
    public void Removal_DropsEveryPrivateCopy()
    {
        var model = Forked();
        model.Apply(new StoreOp(0, 2, 0, 0, 1, Seed: 5), UserOutcome.Ok);

        model.Apply(new RemoveDeviceOp(), UserOutcome.Ok);

        Assert.Empty(model.Mapping(0, 2)!.Copies);
        Assert.True(model.Removed);
    }
}
