using System.Globalization;

namespace PmemSpec;

/// <summary>pfn_t: a page-frame number plus <see cref="PfnFlags"/> in the top PAGE_SHIFT bits (domain §3.4).</summary>
public readonly record struct PfnT(ulong Value)
{
    /// <summary>PFN_FLAGS_MASK: the top PAGE_SHIFT bits.</summary>
    public const ulong FlagsMask = ~((1UL << (64 - Units.PageShift)) - 1);

    /// <summary>__pfn_to_pfn_t: flags outside <see cref="FlagsMask"/> are dropped.</summary>
    public static PfnT From(ulong pfn, PfnFlags flags) => new(pfn | ((ulong)flags & FlagsMask));

    /// <summary>phys_to_pfn_t: the pfn of a physical address, with flags.</summary>
    public static PfnT FromPhys(ulong physAddress, PfnFlags flags) => From(physAddress >> Units.PageShift, flags);

    /// <summary>pfn_t_to_pfn: the flags stripped.</summary>
    public ulong Pfn => Value & ~FlagsMask;

    /// <summary>The flags carried.</summary>
    public PfnFlags Flags => (PfnFlags)(Value & FlagsMask);

    /// <summary>pfn_t_has_page: PFN_MAP set, or PFN_DEV clear.</summary>
    public bool HasPage => Flags.HasFlag(PfnFlags.Map) || !Flags.HasFlag(PfnFlags.Dev);

    /// <summary>pfn_t_devmap: both PFN_DEV and PFN_MAP set.</summary>
    public bool IsDevmap => (Flags & (PfnFlags.Dev | PfnFlags.Map)) == (PfnFlags.Dev | PfnFlags.Map);

    /// <summary>pfn_t_special: PFN_SPECIAL set.</summary>
    public bool IsSpecial => Flags.HasFlag(PfnFlags.Special);

    /// <summary>The pfn <paramref name="pages"/> further on, flags kept.</summary>
    public PfnT Add(long pages) => new(Value + (ulong)pages);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = "pfn=0x" + Pfn.ToString("x", CultureInfo.InvariantCulture);
        return Flags == PfnFlags.None ? text : text + "|" + Flags.ToString().Replace(", ", "|", StringComparison.Ordinal).ToUpperInvariant();
    }
}
