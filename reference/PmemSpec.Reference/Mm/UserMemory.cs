using PmemSpec.Kernel;

namespace PmemSpec.Reference.Mm;

/// <summary>What the MMU finds behind a present entry: poison, a freed page, removed device memory.</summary>
internal static class UserMemory
{
    /// <summary>
    /// The signal an access to <paramref name="pfn"/> raises, or none. A freed page is a
    /// use-after-free (recorded; the access goes ahead, as stale memory would); removed device
    /// memory or no memory at all is recorded and raises SIGBUS; poison raises BUS_MCEERR_AR.
    /// </summary>
    /// <remarks>Context: any; never sleeps.</remarks>
    public static SignalCode Check(Process p, ulong pfn, UserAddress at)
    {
        if (p.Mm.IsPoisoned(pfn)) return SignalCode.BusMceerrAr;
        switch (p.Kernel.Pages.StateOf(pfn))
        {
            case PageState.Free:
                p.Kernel.Violations.Report(KernelViolation.UseAfterFree, $"{p.Name} touches free pfn 0x{pfn:x} through a user entry at {at}");
                return SignalCode.None;
            case PageState.DeviceRemoved:
                p.Kernel.Violations.Report(KernelViolation.RemovedDeviceAccess, $"{p.Name} touches removed device pfn 0x{pfn:x} through a user entry at {at}");
                return SignalCode.BusAdrerr;
            case PageState.Invalid:
                p.Kernel.Violations.Report(KernelViolation.BadAddress, $"{p.Name} maps pfn 0x{pfn:x}, where there is no memory, at {at}");
                return SignalCode.BusAdrerr;
            default:
                return SignalCode.None;
        }
    }
}
