namespace PmemSpec;

/// <summary>The per-era rule switches, each citing domain/kernel-dax.md.</summary>
public static class EraRules
{
    /// <summary>The era the kit checks unless told otherwise (domain/observed-linux-6.1.md).</summary>
    public const Era Default = Era.V6_1;

    /// <summary>Eras A and B: <c>bdev_direct_access</c> takes a sector and a size in bytes (§1.1, §1.2).</summary>
    public static bool IsSectorDax(this Era era) => era < Era.V4_12;

    /// <summary>The wrapper calls might_sleep() on entry: v4.4–v4.11 bdev, v4.12–v4.15 dax (§1, §10).</summary>
    public static bool WrapperMightSleep(this Era era) => era is >= Era.V4_4 and <= Era.V4_15;

    /// <summary>Era B: a positive non-page-multiple driver result becomes -ENXIO (§1.2).</summary>
    public static bool RejectsNonPageMultiple(this Era era) => era is >= Era.V4_6 and < Era.V4_12;

    /// <summary>v4.1 and v4.9–v4.11 pass the requested size to the driver (§1.1, §1.2).</summary>
    public static bool PassesSizeToDriver(this Era era) => era == Era.V4_1 || era == Era.V4_9;

    /// <summary>Era C from 6.x: a negative page count is -EINVAL rather than echoed (§1.3 step 4).</summary>
    public static bool NegativeCountIsEinval(this Era era) => era >= Era.V6_1;

    /// <summary>brd offers DAX only while CONFIG_BLK_DEV_RAM_DAX existed, v4.0–v4.14 (§2.5).</summary>
    public static bool BrdHasDax(this Era era) => era < Era.V4_15;

    /// <summary>
    /// brd allocates with __GFP_HIGHMEM again only after "brd: re-enable __GFP_HIGHMEM in
    /// brd_insert_page()" (f6b50160a06d, backported to 5.0/5.1): never before v5.x (§2.1).
    /// </summary>
    public static bool BrdAllowsHighmem(this Era era) => era >= Era.V5_10;

    /// <summary>brd discard zeroes pages and never frees them up to v4.11; it is absent v4.12–6.1 (§2.3).</summary>
    public static bool BrdDiscardZeroes(this Era era) => era < Era.V4_12;

    /// <summary>v4.9 brd rejects a discard whose start or size is not page aligned (§2.3).</summary>
    public static bool BrdDiscardRequiresAlignment(this Era era) => era == Era.V4_9;

    /// <summary>pmem consults badblocks in direct_access from v4.9 (§3.2).</summary>
    public static bool PmemChecksBadblocks(this Era era) => era >= Era.V4_9;

    /// <summary>The errno pmem returns for a request touching a bad block: -EIO, or -EHWPOISON in 6.x (§3.2).</summary>
    public static Errno PmemBadblockErrno(this Era era) => era >= Era.V6_1 ? Errno.EHWPOISON : Errno.EIO;

    /// <summary>PFN_SPECIAL exists (v4.16+); dcssblk marks its pfns with it (§3.4, §4.1).</summary>
    public static bool HasPfnSpecial(this Era era) => era >= Era.V4_19;

    /// <summary>pfn_t with flags exists from v4.5; earlier a plain pfn carries no flags (§3.1).</summary>
    public static bool HasPfnFlags(this Era era) => era >= Era.V4_6;

    /// <summary>pmem sets QUEUE_FLAG_DAX only when its pfns have struct pages, v4.19+ (§3.3).</summary>
    public static bool PmemDaxRequiresPages(this Era era) => era >= Era.V4_19;

    /// <summary>dcssblk v4.6–v4.11 computes its size one byte short (<c>end - start</c>) (§1.2, §4.1).</summary>
    public static bool DcssSizeOffByOne(this Era era) => era is >= Era.V4_6 and < Era.V4_12;

    /// <summary>
    /// mmap of a DAX block device itself (5a023cdba50c, v4.5-rc1) exists in the 4.5–4.6 trees and
    /// is reverted before v4.9 (acc93d30d7d4); the v4.6 tree carries it behind CONFIG_BLK_DEV_DAX (§8).
    /// </summary>
    public static bool HasRawBlockDaxMmap(this Era era) => era == Era.V4_6;

    /// <summary>Long-term pins (get_user_pages_longterm, later FOLL_LONGTERM) of fs-dax VMAs fail -EOPNOTSUPP from v4.15 (§7.2).</summary>
    public static bool RefusesLongtermPinOfFsDax(this Era era) => era >= Era.V4_15;

    /// <summary>Parses "6.1", "v4.9", "V4_9" or "4.9" into an era.</summary>
    public static bool TryParse(string text, out Era era)
    {
        var name = "V" + text.Trim().TrimStart('v', 'V').Replace('.', '_');
        return Enum.TryParse(name, ignoreCase: true, out era) && Enum.IsDefined(era);
    }

    /// <summary>"6.1" for <see cref="Era.V6_1"/>.</summary>
    public static string Display(this Era era) => era.ToString()[1..].Replace('_', '.');
}
