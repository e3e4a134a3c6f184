using PmemSpec.Kernel;
using static PmemSpec.Invariants.Checks;

namespace PmemSpec.Invariants;

/// <summary>PAGE: pfn flags and page backing tell the truth (domain §3.3–§3.4, §4.1, §4.3; seeds 000, 001).</summary>
internal static class PageInvariants
{
    public static IEnumerable<Invariant> All() =>
    [
        new("PAGE-001", InvariantFamily.PAGE, new(Era.V4_6, Era.V6_1), "pfn flags match the page registry: PFN_DEV for device memory, PFN_MAP exactly with struct pages, PFN_SPECIAL only without", "domain §3.3, §3.4, §4.1; seed 000", FlagsTellTheTruth),
        new("PAGE-002", InvariantFamily.PAGE, EraRange.All, "A direct_access pfn carries no scatterlist flags and a pfn below 2^52 (to_pfn(from(n, f)) == n)", "domain §3.4 pfn_t algebra; §12 item 14", Algebra),
        new("PAGE-003", InvariantFamily.PAGE, EraRange.All, "A driver that declares page backing returns only pfns with struct pages; one that does not, only pfns without", "domain §4.3 ('require struct page for filesystem dax'); seed 001", PageBacking),
        new("PAGE-004", InvariantFamily.PAGE, EraRange.All, "A returned pfn is live memory: an allocated RAM page or this device's live device memory", "domain §3.1, §2.5 (brd pages are its own allocated pages)", LiveMemory),
    ];

    private static Dax.DirectAccessResult? Success(StepView v) => v.Outcome is { IsOk: true, Dax: { Pages: > 0 } d } ? d : null;

    private static InvariantFailure? FlagsTellTheTruth(StepView v) =>
        Success(v) is { } d && PfnFlagTruth.Mismatch(d.Pfn, v.Kernel.Pages) is { } lie ? Fail("pfn flags that match the page registry", lie) : null;

    private static InvariantFailure? Algebra(StepView v)
    {
        if (Success(v) is not { } d) return null;
        if ((d.Pfn.Flags & (PfnFlags.SgChain | PfnFlags.SgLast)) != 0) return Fail("no PFN_SG_* flags", d.Pfn.ToString());
        return PfnT.From(d.Pfn.Pfn, d.Pfn.Flags).Pfn == d.Pfn.Pfn ? null : Fail("to_pfn(from(pfn, flags)) == pfn", d.Pfn.ToString());
    }

    private static InvariantFailure? PageBacking(StepView v)
    {
        if (Success(v) is not { } d) return null;
        var claims = v.Facts.Traits.HasFlag(Dax.DaxTraits.PageBacked);
        var has = v.Kernel.Pages.HasStructPage(d.Pfn.Pfn);
        return has == claims ? null : Fail(claims ? "a pfn with a struct page (the driver declares PageBacked)" : "a page-less pfn (the driver does not declare PageBacked)", $"{d.Pfn} {(has ? "has" : "has no")} struct page");
    }

    private static InvariantFailure? LiveMemory(StepView v)
    {
        if (Success(v) is not { } d) return null;
        var pfn = d.Pfn.Pfn;
        var state = v.Kernel.Pages.StateOf(pfn);
        var disk = v.Model.Facts.DiskName;
        return state switch
        {
            PageState.Allocated => null,
            PageState.DeviceLive => v.Kernel.Pages.OwnerOf(pfn) == disk ? null : Fail($"memory of {disk}", $"memory of {v.Kernel.Pages.OwnerOf(pfn)}"),
            _ => Fail($"live memory of {disk}", $"pfn 0x{pfn:x} is {state}"),
        };
    }
}
