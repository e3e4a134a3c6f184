using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Dax;

/// <summary>This file: might_sleep() on entry (domain §1.1 step 1, §10) and the era guard.</summary>
public sealed partial class BdevDirectAccessTests
{
    [Theory]
    [InlineData(Era.V4_1, 0)]
    [InlineData(Era.V4_4, 1)]
    [InlineData(Era.V4_6, 1)]
    [InlineData(Era.V4_9, 1)]
    public void MightSleep_OnEntry_FromV44(Era era, int sleeps)
    {
        var (kernel, disk) = Rig(era);
        var mark = kernel.Trace.Mark;

        BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, Units.PageSize);

        Assert.Equal(sleeps, kernel.Trace.CountSince(mark, KernelEventKind.Sleep));
    }

    [Theory]
    [InlineData(Era.V4_1, 0)]
    [InlineData(Era.V4_4, 1)]
    [InlineData(Era.V4_6, 1)]
    [InlineData(Era.V4_9, 1)]
    public void MightSleep_ComesFirst_EvenBeforeANegativeSizeIsEchoed(Era era, int sleeps)
    {
        var (kernel, disk) = Rig(era);
        var mark = kernel.Trace.Mark;

        BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, -1);

        Assert.Equal(sleeps, kernel.Trace.CountSince(mark, KernelEventKind.Sleep));
    }

    [Theory]
    [InlineData(Era.V4_1, 0)]
    [InlineData(Era.V4_4, 1)]
    [InlineData(Era.V4_9, 1)]
    public void Call_InAtomicContext_IsSleepInAtomic_FromV44(Era era, int violations)
    {
        var (kernel, disk) = Rig(era);

        using (kernel.Context.EnterAtomic("spin_lock(tree_lock)"))
            BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, Units.PageSize);

        Assert.Equal(violations, kernel.Violations.All.Count(v => v.Rule == KernelViolation.SleepInAtomic));
    }

    [Theory]
    [MemberData(nameof(DaxEras.Page), MemberType = typeof(DaxEras))]
    public void Call_InEraC_Throws_BecauseBdevDirectAccessIsGone(Era era)
    {
        var (kernel, disk) = Rig(era);

        Assert.Throws<InvalidOperationException>(() => BdevDirectAccess.Call(kernel, Partition.Whole(disk), 0, Units.PageSize));
    }
}
