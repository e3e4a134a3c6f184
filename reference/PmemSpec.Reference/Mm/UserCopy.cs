using PmemSpec.Kernel;

namespace PmemSpec.Reference.Mm;

/// <summary>User loads and stores: page by page, fault in what is missing, then copy through the entry.</summary>
internal static class UserCopy
{
    private const int MaxFaultsPerPage = 3;

    /// <remarks>Context: the process itself; may fault and so sleep.</remarks>
    public static AccessResult Load(Process p, UserAddress start, Span<byte> destination)
    {
        for (var done = 0; done < destination.Length;)
        {
            var at = start + done;
            var n = Math.Min(destination.Length - done, Units.PageSize - at.PageOffset);
            var pte = Resolve(p, at, write: false, out var failure);
            if (pte is null) return Signal(p, failure);
            p.Kernel.Physical.ReadPhys(pte.Value.Pfn, at.PageOffset, destination.Slice(done, n));
            done += n;
        }
        return AccessResult.Ok(start);
    }

    /// <remarks>Context: the process itself; may fault and so sleep.</remarks>
    public static AccessResult Store(Process p, UserAddress start, ReadOnlySpan<byte> source)
    {
        for (var done = 0; done < source.Length;)
        {
            var at = start + done;
            var n = Math.Min(source.Length - done, Units.PageSize - at.PageOffset);
            var pte = Resolve(p, at, write: true, out var failure);
            if (pte is null) return Signal(p, failure);
            p.Kernel.Physical.WritePhys(pte.Value.Pfn, at.PageOffset, source.Slice(done, n));
            p.MarkDirty(at.Vpn);
            done += n;
        }
        return AccessResult.Ok(start);
    }

    /// <summary>The entry to access through, faulting as needed; null with the failure otherwise.</summary>
    private static PageTableEntry? Resolve(Process p, UserAddress at, bool write, out AccessResult failure)
    {
        for (var attempt = 0; attempt < MaxFaultsPerPage; attempt++)
        {
            if (p.PteOf(at.Vpn) is { } pte && (!write || pte.Writable))
            {
                var signal = UserMemory.Check(p, pte.Pfn, at);
                failure = AccessResult.Sigbus(at, signal);
                return signal == SignalCode.None ? pte : null;
            }
            var fault = Faults.Handle(p, at.Vpn, write);
            if (!fault.IsOk)
            {
                failure = fault with { Address = at };
                return null;
            }
        }
        failure = AccessResult.Sigbus(at);
        return null;
    }

    private static AccessResult Signal(Process p, AccessResult failure)
    {
        var name = failure.Outcome == AccessOutcome.Segv ? "SIGSEGV" : failure.Outcome == AccessOutcome.Sigbus ? "SIGBUS" : "OOM";
        p.Kernel.Trace.Record(KernelEventKind.Signal, $"{name}({failure.Code}) to {p.Name} at {failure.Address}");
        return failure;
    }
}
