using PmemSpec.Dax;

namespace PmemSpec.Conformance.SelfCheck;

/// <summary>direct_access self-checks (domain §1, §12 items 4–6, 11, 14).</summary>
internal static class DaxChecks
{
    private const long Request = 4;

    /// <summary>In-range requests succeed with 1..request pages (exactly 1 for a lazy device), a mapped address, truthful flags.</summary>
    public static string? Contract(DeviceUnderCheck d)
    {
        if (!d.Device.DaxSupported)
            return DriverSelfCheck.Expect(d.Dax.DirectAccess(0, 1).Error == Errno.EOPNOTSUPP, "a device without DAX must answer -EOPNOTSUPP");
        foreach (var page in DriverSelfCheck.SamplePages(d))
        {
            var request = Math.Min(Request, d.Pages - page);
            var r = d.Dax.DirectAccess(page, request);
            if (!r.IsOk) return $"direct_access(pgoff={page}, pages={request}) failed: {r}";
            var pages = r.Value.Pages;
            if (pages < 1 || pages > request) return $"direct_access(pgoff={page}) returned {pages} pages for a request of {request}";
            if (d.Device.Traits.HasFlag(DaxTraits.AllocatesLazily) && pages != 1) return $"lazy device returned {pages} pages";
            if (!d.Kernel.Memory.TryTranslate(r.Value.Kaddr, out var pfn, out _) || pfn != r.Value.Pfn.Pfn)
                return $"kaddr {r.Value.Kaddr} does not map {r.Value.Pfn}";
            if (PfnFlagTruth.Mismatch(r.Value.Pfn, d.Kernel.Pages) is { } lie) return lie;
        }
        return null;
    }

    /// <summary>Bytes written through the block path are the bytes at the DAX address, and back.</summary>
    public static string? Coherence(DeviceUnderCheck d)
    {
        if (!d.Device.DaxSupported) return null;
        foreach (var page in DriverSelfCheck.SamplePages(d))
        {
            if (!d.Device.ReadOnly) d.WritePage(page, DeviceUnderCheck.Pattern((int)page + 7));
            var block = d.ReadPage(page, out _);
            var r = d.Dax.DirectAccess(page, 1);
            if (!r.IsOk) return $"direct_access(pgoff={page}) failed: {r}";
            var viaDax = new byte[Units.PageSize];
            d.Kernel.Memory.Read(r.Value.Kaddr, viaDax);
            if (!viaDax.AsSpan().SequenceEqual(block)) return $"page {page}: DAX address and block path disagree";
            if (d.Device.ReadOnly) continue;
            var stored = DeviceUnderCheck.Pattern((int)page + 13);
            d.Kernel.Memory.Write(r.Value.Kaddr, stored);
            if (!d.ReadPage(page, out _).AsSpan().SequenceEqual(stored)) return $"page {page}: store through DAX not seen by the block path";
        }
        return null;
    }
}
