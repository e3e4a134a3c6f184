namespace PmemSpec.Reference.Mm;

/// <summary>
/// get_user_pages (domain §7): per page, follow the entry under the page-table lock and take a
/// reference and a pin; fault in what is missing or read-only. A special entry has no struct page:
/// follow_pfn_pte with FOLL_GET answers -EFAULT. Long-term pins of fs-dax VMAs are refused
/// -EOPNOTSUPP from v4.15 (checked up front, as v6.x check_vma_flags does). All or nothing.
/// </summary>
internal static class Gup
{
    private const int MaxFaultsPerPage = 3;

    /// <remarks>Context: process; may sleep (faults); takes the page-table lock per page; pins allocate nothing.</remarks>
    public static Result<PinnedPages> Pin(Process p, UserAddress start, long pages, GupFlags flags)
    {
        if (pages <= 0 || !start.IsPageAligned) return Errno.EINVAL;
        var longterm = flags.HasFlag(GupFlags.Longterm);
        if (longterm && RefusesLongterm(p, start.Vpn, pages)) return Errno.EOPNOTSUPP;
        var pinned = new List<ulong>();
        for (var i = 0L; i < pages; i++)
        {
            var pfn = PinOne(p, start.Vpn + (ulong)i, flags.HasFlag(GupFlags.Write), longterm);
            if (!pfn.IsOk)
            {
                foreach (var taken in pinned) p.Mm.Anon.Unpin(taken, $"gup unwind ({p.Name})");
                return pfn.Error;
            }
            pinned.Add(pfn.Value);
        }
        return new PinnedPages(pinned, longterm, pfn => p.Mm.Anon.Unpin(pfn, $"unpin_user_page({p.Name})"));
    }

    private static bool RefusesLongterm(Process p, ulong vpn, long pages) =>
        p.Kernel.Era.RefusesLongtermPinOfFsDax() &&
        p.Areas.Any(v => v.Mapping?.DaxKind == DaxMappingKind.FsDax && v.StartVpn < vpn + (ulong)pages && v.EndVpn > vpn);

    private static Result<ulong> PinOne(Process p, ulong vpn, bool write, bool longterm)
    {
        var vma = p.FindVma(vpn);
        if (vma is null || !vma.Allows(write)) return Errno.EFAULT;
        for (var attempt = 0; attempt < MaxFaultsPerPage; attempt++)
        {
            var followed = Follow(p, vpn, write, longterm);
            if (followed is { } done) return done;
            var fault = Faults.Handle(p, vpn, write);
            if (fault.Outcome == AccessOutcome.Oom) return Errno.ENOMEM;
            if (!fault.IsOk) return Errno.EFAULT;
        }
        return Errno.EFAULT;
    }

    /// <summary>follow_page_pte: null when the entry is missing or not writable for a write (fault it in).</summary>
    private static Result<ulong>? Follow(Process p, ulong vpn, bool write, bool longterm)
    {
        using var ptl = p.Kernel.Context.LockPageTable(p.Name);
        if (p.PteOf(vpn) is not { } pte || (write && !pte.Writable)) return null;
        if (pte.Special || p.Mm.IsPoisoned(pte.Pfn)) return Errno.EFAULT;
        var pin = p.Kernel.Pages.Pin(pte.Pfn, longterm, $"get_user_pages({p.Name})");
        return pin.IsOk ? pte.Pfn : Errno.EFAULT;
    }
}
