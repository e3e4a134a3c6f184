using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Kernel;

/// <summary>This file: <see cref="KernelAddressSpace.KmapAtomic"/> and its <see cref="KmapScope"/>.</summary>
public sealed partial class KernelAddressSpaceTests
{
    [Fact]
    public void KmapAtomic_EntersAtomicContext_SoMightSleepInsideIsAViolation()
    {
        var pfn = kernel.Allocator.AllocPage(Gfp.Kernel, "test").Value;

        using (kernel.Memory.KmapAtomic(pfn))
        {
            Assert.True(kernel.Context.InAtomic);
            kernel.Context.MightSleep("inside kmap_atomic");
        }

        Assert.False(kernel.Context.InAtomic);
        var violation = Assert.Single(kernel.Violations.All);
        Assert.Equal(KernelViolation.SleepInAtomic, violation.Rule);
        Assert.Contains("kmap_atomic", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KmapAtomic_OfALowmemPage_GivesItsPermanentAddress()
    {
        var pfn = kernel.Allocator.AllocPage(Gfp.Kernel, "test").Value;

        using var map = kernel.Memory.KmapAtomic(pfn);

        Assert.Equal(kernel.Memory.PageAddress(pfn), map.Address);
    }

    [Fact]
    public void KmapAtomic_OfAHighmemPage_GivesATemporaryAddress_ThatReachesThePage()
    {
        var pfn = kernel.Allocator.AllocPage(Gfp.Kernel | Gfp.Highmem, "test").Value;

        using var map = kernel.Memory.KmapAtomic(pfn);
        Assert.True(kernel.Memory.Write(map.Address + 10, [0x42]).IsOk);

        Assert.False(map.Address.IsNull);
        Assert.True(kernel.Memory.TryTranslate(map.Address, out var translated, out _));
        Assert.Equal(pfn, translated);
        var b = new byte[1];
        kernel.Physical.ReadPhys(pfn, 10, b);
        Assert.Equal(0x42, b[0]);
    }

    [Fact]
    public void KmapAtomic_OfAHighmemPage_AddressStopsTranslatingAfterDispose()
    {
        var pfn = kernel.Allocator.AllocPage(Gfp.Kernel | Gfp.Highmem, "test").Value;
        var map = kernel.Memory.KmapAtomic(pfn);
        var address = map.Address;

        map.Dispose();

        Assert.False(kernel.Memory.TryTranslate(address, out _, out _));
        Assert.Equal(Errno.EFAULT, kernel.Memory.Read(address, new byte[1]).Error);
        Assert.Equal(KernelViolation.BadAddress, Assert.Single(kernel.Violations.All).Rule);
    }

    [Fact]
    public void KmapAtomic_TwoHighmemPages_GetDistinctAddresses()
    {
        var a = kernel.Allocator.AllocPage(Gfp.Kernel | Gfp.Highmem, "test").Value;
        var b = kernel.Allocator.AllocPage(Gfp.Kernel | Gfp.Highmem, "test").Value;

        using var mapA = kernel.Memory.KmapAtomic(a);
        using var mapB = kernel.Memory.KmapAtomic(b);

        Assert.NotEqual(mapA.Address, mapB.Address);
    }
}
