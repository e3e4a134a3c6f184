using PmemSpec.Kernel;

namespace PmemSpec.Spec.Tests.Pfn;

public sealed class PfnFlagTruthTests
{
    private readonly SimulatedKernel kernel = new();
    private readonly DevicePagemap paged;
    private readonly DevicePagemap pageless;

    public PfnFlagTruthTests()
    {
        paged = kernel.DeviceMemory.Register("pmem0", 4, withStructPages: true);
        pageless = kernel.DeviceMemory.Register("dcssblk0", 4, withStructPages: false);
    }

    private const ulong Ram = KernelConfig.RamBasePfn;

    private string? Mismatch(ulong pfn, PfnFlags flags) => PfnFlagTruth.Mismatch(PfnT.From(pfn, flags), kernel.Pages);

    [Fact]
    public void Ram_WithoutFlags_IsTrue() => Assert.Null(Mismatch(Ram, PfnFlags.None));

    [Theory]
    [InlineData(PfnFlags.Dev)]
    [InlineData(PfnFlags.Map)]
    [InlineData(PfnFlags.Dev | PfnFlags.Map)]
    [InlineData(PfnFlags.Special)]
    public void Ram_WithFlags_IsAMismatch(PfnFlags flags) =>
        Assert.Contains("system RAM", Mismatch(Ram, flags), StringComparison.Ordinal);

    [Fact]
    public void Ram_WithOnlyScatterlistFlags_IsTrue() => Assert.Null(Mismatch(Ram, PfnFlags.SgLast));

    [Fact]
    public void PagedDevice_WithDevAndMap_IsTrue() => Assert.Null(Mismatch(paged.BasePfn, PfnFlags.Dev | PfnFlags.Map));

    [Fact]
    public void PagedDevice_WithoutMap_IsAMismatch() =>
        Assert.Contains("PFN_MAP is clear", Mismatch(paged.BasePfn, PfnFlags.Dev), StringComparison.Ordinal);

    [Fact]
    public void PagedDevice_WithSpecial_IsAMismatch() =>
        Assert.Contains("PFN_SPECIAL", Mismatch(paged.BasePfn + 1, PfnFlags.Dev | PfnFlags.Map | PfnFlags.Special), StringComparison.Ordinal);

    [Theory]
    [InlineData(PfnFlags.Dev)]
    [InlineData(PfnFlags.Dev | PfnFlags.Special)]
    public void PagelessDevice_WithDevAndNoMap_IsTrue(PfnFlags flags) => Assert.Null(Mismatch(pageless.BasePfn, flags));

    [Fact]
    public void PagelessDevice_WithMap_IsAMismatch() =>
        Assert.Contains("PFN_MAP is set", Mismatch(pageless.BasePfn, PfnFlags.Dev | PfnFlags.Map), StringComparison.Ordinal);

    [Fact]
    public void DeviceMemory_WithoutDev_IsAMismatch() =>
        Assert.Contains("lacks PFN_DEV", Mismatch(paged.BasePfn, PfnFlags.Map), StringComparison.Ordinal);

    [Fact]
    public void PfnOfNoMemory_IsAMismatch_WhateverItsFlags() =>
        Assert.Contains("not memory of any device", Mismatch(paged.BasePfn + 4, PfnFlags.Dev | PfnFlags.Map), StringComparison.Ordinal);
}
