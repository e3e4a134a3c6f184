using PmemSpec.Dax;

namespace PmemSpec.Conformance.SelfCheck;

/// <summary>Block-path self-checks (domain §2.2, §4.1).</summary>
internal static class BlockChecks
{
    /// <summary>Written pages read back; a read-only device refuses the write and keeps its bytes.</summary>
    public static string? RoundTrip(DeviceUnderCheck d)
    {
        foreach (var page in DriverSelfCheck.SamplePages(d))
        {
            var before = d.ReadPage(page, out _);
            var data = DeviceUnderCheck.Pattern((int)page + 1);
            var written = d.WritePage(page, data);
            var after = d.ReadPage(page, out var read);
            if (!read.IsOk) return $"read of page {page} failed: {read}";
            if (d.Device.ReadOnly)
            {
                if (written.IsOk) return $"write to read-only page {page} succeeded";
                if (!after.AsSpan().SequenceEqual(before)) return $"refused write changed page {page}";
            }
            else if (!written.IsOk) return $"write of page {page} failed: {written}";
            else if (!after.AsSpan().SequenceEqual(data)) return $"page {page} reads back different bytes";
        }
        return null;
    }

    /// <summary>Never-written sectors read as zeros, and a lazy device allocates nothing to say so.</summary>
    public static string? UnwrittenReadsZero(DeviceUnderCheck d)
    {
        var allocated = d.Kernel.Allocator.AllocatedPages;
        foreach (var page in DriverSelfCheck.SamplePages(d))
        {
            var bytes = d.ReadPage(page, out var read);
            if (!read.IsOk) return $"read of page {page} failed: {read}";
            if (bytes.Any(b => b != 0)) return $"never-written page {page} does not read as zeros";
        }
        return DriverSelfCheck.Expect(!d.Device.Traits.HasFlag(DaxTraits.AllocatesLazily) || d.Kernel.Allocator.AllocatedPages == allocated,
            "reading never-written sectors allocated pages");
    }
}
