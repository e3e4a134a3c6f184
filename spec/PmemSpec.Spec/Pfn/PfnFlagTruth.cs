using PmemSpec.Kernel;

namespace PmemSpec;

/// <summary>
/// Whether a pfn_t's flags tell the truth about the page registry (domain §3.3–§3.4, §4.1):
/// RAM is flag-free (page_to_pfn_t); device memory is PFN_DEV; PFN_MAP exactly when it has
/// struct pages; PFN_SPECIAL only when it has none.
/// </summary>
public static class PfnFlagTruth
{
    /// <summary>Null when the flags match the registry, else what is wrong.</summary>
    /// <remarks>Context: any; never sleeps.</remarks>
    public static string? Mismatch(PfnT pfn, PageRegistry registry)
    {
        var n = pfn.Pfn;
        var flags = pfn.Flags & (PfnFlags.Dev | PfnFlags.Map | PfnFlags.Special);
        if (registry.IsRam(n))
            return flags == PfnFlags.None ? null : $"{pfn} is system RAM but carries {flags}";
        if (registry.PagemapOf(n) is not { } map) return $"{pfn} is not memory of any device";
        if (!flags.HasFlag(PfnFlags.Dev)) return $"{pfn} is device memory of {map.Owner} but lacks PFN_DEV";
        if (map.HasStructPages != flags.HasFlag(PfnFlags.Map))
            return $"{pfn}: {map.Owner} memory {(map.HasStructPages ? "has" : "has no")} struct pages but PFN_MAP is {(flags.HasFlag(PfnFlags.Map) ? "set" : "clear")}";
        if (map.HasStructPages && flags.HasFlag(PfnFlags.Special))
            return $"{pfn}: PFN_SPECIAL on memory that has struct pages";
        return null;
    }
}
