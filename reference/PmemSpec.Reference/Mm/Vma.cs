namespace PmemSpec.Reference.Mm;

/// <summary>struct vm_area_struct: [StartVpn, EndVpn) of one process over an object (or anonymous memory).</summary>
internal sealed class Vma
{
    public Vma(ulong startVpn, long pages, Protection prot, bool shared, IMappable? mapping, long pgoff)
    {
        StartVpn = startVpn;
        Pages = pages;
        Prot = prot;
        Shared = shared;
        Mapping = mapping;
        Pgoff = pgoff;
    }

    public ulong StartVpn { get; }

    public long Pages { get; }

    public ulong EndVpn => StartVpn + (ulong)Pages;

    public Protection Prot { get; }

    public bool Shared { get; }

    /// <summary>The mapped object; null for anonymous memory.</summary>
    public IMappable? Mapping { get; }

    public long Pgoff { get; }

    /// <summary>anon_vma prepared: the VMA has (or had) anonymous pages, so fork must copy its entries.</summary>
    public bool HasAnonVma { get; set; }

    /// <summary>is_cow_mapping: private and writable.</summary>
    public bool IsCowMapping => !Shared && Prot.HasFlag(Protection.Write);

    /// <summary>
    /// copy_page_range copies entries of VM_MIXEDMAP (and PFNMAP/HUGETLB) VMAs and of VMAs with an
    /// anon_vma; any other VMA's child simply re-faults (domain §7.1).
    /// </summary>
    public bool ForkCopiesEntries => (Mapping?.MixedMap ?? false) || HasAnonVma;

    public bool Contains(ulong vpn) => vpn >= StartVpn && vpn < EndVpn;

    public long PgoffOf(ulong vpn) => Pgoff + (long)(vpn - StartVpn);

    public bool Allows(bool write) => Prot.HasFlag(write ? Protection.Write : Protection.Read);

    /// <summary>The part of this VMA inside [fromVpn, toVpn), or null.</summary>
    public Vma? Slice(ulong fromVpn, ulong toVpn)
    {
        var from = Math.Max(fromVpn, StartVpn);
        var to = Math.Min(toVpn, EndVpn);
        if (from >= to) return null;
        return new Vma(from, (long)(to - from), Prot, Shared, Mapping, PgoffOf(from)) { HasAnonVma = HasAnonVma };
    }

    public Vma Clone() => new(StartVpn, Pages, Prot, Shared, Mapping, Pgoff) { HasAnonVma = HasAnonVma };

    public VmaInfo Info() => new(UserAddress.OfPage(StartVpn), Pages, Prot, Shared, Mapping?.Name, Pgoff);
}
