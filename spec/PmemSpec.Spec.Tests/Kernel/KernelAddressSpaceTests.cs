using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Kernel;

public sealed partial class KernelAddressSpaceTests
{
    private readonly SimulatedKernel kernel = new();

    private KernelAddressSpace Memory => kernel.Memory;

    [Fact]
    public void PageAddress_OfLowmemPage_TranslatesBackToThePfn()
    {
        var pfn = kernel.Allocator.AllocPage(Gfp.Kernel, "test").Value;

        var address = Memory.PageAddress(pfn);

        Assert.False(address.IsNull);
        Assert.True(Memory.TryTranslate(address + 5, out var back, out var offset));
        Assert.Equal((pfn, 5), (back, offset));
    }

    [Fact]
    public void PageAddress_OfHighmemPage_IsNull()
    {
        var pfn = KernelConfig.RamBasePfn + (ulong)kernel.Config.LowmemPages;

        Assert.True(kernel.Pages.IsHighmem(pfn));
        Assert.Equal(KernelAddress.Null, Memory.PageAddress(pfn));
    }

    [Fact]
    public void PageAddress_OfPfnNoMemoryBacks_IsNull()
    {
        Assert.Equal(KernelAddress.Null, Memory.PageAddress(KernelConfig.RamBasePfn - 1));
        Assert.Equal(KernelAddress.Null, Memory.PageAddress(KernelConfig.DeviceBasePfn));
    }

    [Fact]
    public void PageAddress_OfDevicePage_IsItsOffsetIntoTheRegistration()
    {
        var map = kernel.DeviceMemory.Register("pmem0", 8, withStructPages: true);

        Assert.Equal(map.VirtAddr + (3 * Units.PageSize), Memory.PageAddress(map.BasePfn + 3));
    }

    [Fact]
    public void WriteThenRead_ThroughPageAddress_RoundTrips_AndLandsInThatPage()
    {
        var pfn = kernel.Allocator.AllocPage(Gfp.Kernel | Gfp.Zero, "test").Value;
        var address = Memory.PageAddress(pfn) + 100;
        byte[] data = [1, 2, 3, 4];

        Assert.True(Memory.Write(address, data).IsOk);
        var back = new byte[4];
        Assert.True(Memory.Read(address, back).IsOk);

        Assert.Equal(data, back);
        var physical = new byte[4];
        kernel.Physical.ReadPhys(pfn, 100, physical);
        Assert.Equal(data, physical);
        Assert.Empty(kernel.Violations.All);
    }

    [Fact]
    public void Write_CrossingAPageBoundary_InADeviceMapping_SplitsAcrossBothPages()
    {
        var map = kernel.DeviceMemory.Register("pmem0", 2, withStructPages: true);
        var data = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();

        Assert.True(Memory.Write(map.VirtAddr + (Units.PageSize - 8), data).IsOk);

        var tail = new byte[8];
        var head = new byte[8];
        kernel.Physical.ReadPhys(map.BasePfn, Units.PageSize - 8, tail);
        kernel.Physical.ReadPhys(map.BasePfn + 1, 0, head);
        Assert.Equal(data, tail.Concat(head));
        var back = new byte[16];
        Assert.True(Memory.Read(map.VirtAddr + (Units.PageSize - 8), back).IsOk);
        Assert.Equal(data, back);
    }

    [Fact]
    public void Read_OfAFreedPage_ReportsUseAfterFree_AndSeesThePoison()
    {
        var pfn = kernel.Allocator.AllocPage(Gfp.Kernel | Gfp.Zero, "test").Value;
        var address = Memory.PageAddress(pfn);
        kernel.Allocator.FreePage(pfn, "test");
        var buffer = new byte[2];

        var result = Memory.Read(address, buffer);

        Assert.True(result.IsOk);
        Assert.Equal(KernelViolation.UseAfterFree, Assert.Single(kernel.Violations.All).Rule);
        Assert.Equal([PhysicalMemory.PagePoison, PhysicalMemory.PagePoison], buffer);
    }

    [Fact]
    public void Write_ToRemovedDeviceMemory_ReportsRemovedDeviceAccess_AndReturnsEfault()
    {
        var map = kernel.DeviceMemory.Register("pmem0", 4, withStructPages: true);
        Assert.True(kernel.DeviceMemory.Remove(map));

        var result = Memory.Write(map.VirtAddr, [1]);

        Assert.Equal(Errno.EFAULT, result.Error);
        Assert.Equal(KernelViolation.RemovedDeviceAccess, Assert.Single(kernel.Violations.All).Rule);
    }

    [Fact]
    public void Read_InTheGuardGapBetweenTwoRegistrations_IsBadAddress()
    {
        var first = kernel.DeviceMemory.Register("pmem0", 4, withStructPages: true);
        var second = kernel.DeviceMemory.Register("pmem1", 4, withStructPages: true);
        var gap = first.VirtAddr + (first.NrPages * Units.PageSize);

        var result = Memory.Read(gap, new byte[1]);

        Assert.True(gap.Value < second.VirtAddr.Value);
        Assert.Equal(Errno.EFAULT, result.Error);
        Assert.Equal(KernelViolation.BadAddress, Assert.Single(kernel.Violations.All).Rule);
    }

    [Fact]
    public void Read_RunningOffTheEndOfAMapping_FailsWithEfault_AndLeavesTheDestinationAlone()
    {
        var map = kernel.DeviceMemory.Register("pmem0", 1, withStructPages: false);
        var buffer = Enumerable.Repeat((byte)0x77, 16).ToArray();

        var result = Memory.Read(map.VirtAddr + (Units.PageSize - 8), buffer);

        Assert.Equal(Errno.EFAULT, result.Error);
        Assert.All(buffer, b => Assert.Equal(0x77, b));
    }

    [Fact]
    public void Read_ThroughAnAddressNothingMaps_IsBadAddress()
    {
        var result = Memory.Read(new KernelAddress(0x1000), new byte[1]);

        Assert.Equal(Errno.EFAULT, result.Error);
        Assert.Equal(KernelViolation.BadAddress, Assert.Single(kernel.Violations.All).Rule);
    }
}
