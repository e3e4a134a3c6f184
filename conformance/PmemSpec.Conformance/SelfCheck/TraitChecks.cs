using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.SelfCheck;

/// <summary>Holds a driver to its declared traits (domain §10, §3.3, §4.1).</summary>
internal static class TraitChecks
{
    /// <summary>A driver that claims never to sleep neither sleeps nor allocates in direct_access, even in atomic context.</summary>
    public static string? NeverSleeps(DeviceUnderCheck d)
    {
        if (!d.Device.Traits.HasFlag(DaxTraits.NeverSleeps) || !d.Device.DaxSupported) return null;
        foreach (var page in DriverSelfCheck.SamplePages(d))
        {
            var mark = d.Kernel.Trace.Mark;
            using (d.Kernel.Context.EnterAtomic("self-check: spin_lock held"))
                d.Device.DirectAccess(page, 1, DaxAccessMode.Access);
            if (d.Kernel.Trace.CountSince(mark, KernelEventKind.Sleep) > 0) return $"direct_access(pgoff={page}) slept";
            if (d.Kernel.Trace.CountSince(mark, KernelEventKind.Alloc) > 0) return $"direct_access(pgoff={page}) allocated";
            if (DriverSelfCheck.FirstViolationSince(d, mark) is { } v) return v.ToString();
        }
        return null;
    }

    /// <summary>A page-backed driver hands out pfns with struct pages; any other hands out what it says.</summary>
    public static string? PageBacked(DeviceUnderCheck d)
    {
        if (!d.Device.DaxSupported) return null;
        var claims = d.Device.Traits.HasFlag(DaxTraits.PageBacked);
        foreach (var page in DriverSelfCheck.SamplePages(d))
        {
            var r = d.Dax.DirectAccess(page, 1);
            if (!r.IsOk) return $"direct_access(pgoff={page}) failed: {r}";
            if (d.Kernel.Pages.HasStructPage(r.Value.Pfn.Pfn) != claims)
                return $"{r.Value.Pfn} {(claims ? "has no" : "has a")} struct page but the driver {(claims ? "claims" : "does not claim")} PageBacked";
        }
        return null;
    }
}
