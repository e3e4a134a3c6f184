namespace PmemSpec.Kernel;

/// <summary>
/// A device memory range registered with the kernel (<c>struct dev_pagemap</c> from
/// devm_memremap_pages, or a page-less devm_memremap range).
/// </summary>
public sealed class DevicePagemap
{
    internal DevicePagemap(string owner, ulong basePfn, long nrPages, bool hasStructPages, KernelAddress virtAddr)
    {
        Owner = owner;
        BasePfn = basePfn;
        NrPages = nrPages;
        HasStructPages = hasStructPages;
        VirtAddr = virtAddr;
    }

    /// <summary>The device that registered it.</summary>
    public string Owner { get; }

    /// <summary>First pfn.</summary>
    public ulong BasePfn { get; }

    /// <summary>Number of pages.</summary>
    public long NrPages { get; }

    /// <summary>True when registered with struct pages (ZONE_DEVICE); pfns are then PFN_DEV|PFN_MAP.</summary>
    public bool HasStructPages { get; }

    /// <summary>The kernel address of the first page (memremap).</summary>
    public KernelAddress VirtAddr { get; }

    /// <summary>Live, dying or removed.</summary>
    public PagemapState State { get; internal set; }

    /// <summary>Page references outstanding in the range.</summary>
    public long References { get; internal set; }

    /// <summary>True when the pfn lies in the range.</summary>
    public bool Contains(ulong pfn) => pfn >= BasePfn && pfn < BasePfn + (ulong)NrPages;

    /// <inheritdoc />
    public override string ToString() => $"{Owner}: pfn=0x{BasePfn:x}+{NrPages} {(HasStructPages ? "pages" : "page-less")} {State}";
}
