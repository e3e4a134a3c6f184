using PmemSpec.Kernel;
using PmemSpec.Operations.User;
using static PmemSpec.Invariants.Checks;

namespace PmemSpec.Invariants.User;

/// <summary>STAB-105, STAB-106, STAB-107, STAB-104: no entry outlives munmap, the page or the device memory behind it; removal waits for pins and takes no new references (domain §9.1, §9.2, §12 item 25).</summary>
internal static class UserRemovalInvariants
{
    public static IEnumerable<UserInvariant> All() =>
    [
        UserInvariant.Of("STAB-105", InvariantFamily.STAB, UserInvariantCatalogue.RawBlockDax, "munmap leaves no page-table entry in the range it unmapped", "mm zap_page_range; domain §9.2 (unmap_mapping_range tears every user mapping down)", NoLeftover),
        UserInvariant.Of("STAB-106", InvariantFamily.STAB, UserInvariantCatalogue.RawBlockDax, "Removal waits for pins: while a pin on the device's memory is held the memory is not removed and removal has not completed", "domain §9.1 (unbind blocks until gup references drop); §12 item 25", PinsHoldRemoval),
        UserInvariant.Of("STAB-107", InvariantFamily.STAB, UserInvariantCatalogue.RawBlockDax, "Once removal started no new reference is taken: accesses through its mappings raise SIGBUS, get_user_pages, O_DIRECT and ptrace fail, and nothing pins its memory", "domain §9.1 (percpu_ref_tryget_live), §9.2 (SIGBUS after unbind); §12 item 25", NothingAfterRemoval),
        UserInvariant.Of("STAB-104", InvariantFamily.STAB, UserInvariantCatalogue.RawBlockDax, "No page-table entry maps a frame that was freed or device memory that is dying or removed, and no user access reaches one", "domain §9.1, §9.2; kernel rules use-after-free, removed-device-access", NoStaleEntry),
    ];

    private static InvariantFailure? NoLeftover(UserStepView v) =>
        v.Leftover.Count > 0 ? Fail("no entry in the unmapped range", string.Join("; ", v.Leftover)) : null;

    private static InvariantFailure? PinsHoldRemoval(UserStepView v)
    {
        var held = v.HeldPins.Where(v.IsDeviceFrame).ToList();
        if (held.Count == 0) return null;
        var removed = held.FirstOrDefault(p => v.Kernel.Pages.PagemapOf(p)?.State == PagemapState.Removed, ulong.MaxValue);
        if (removed != ulong.MaxValue) return Fail("pinned device memory stays until the pin is released", $"pfn 0x{removed:x} is pinned but its device memory was removed");
        return Expect(!v.RemovalComplete, "removal still waiting for the pins", $"removal completed with {held.Count} page(s) pinned");
    }

    private static InvariantFailure? NothingAfterRemoval(UserStepView v)
    {
        if (!v.Model.Removed) return null;
        if (v.Op is LoadOp or StoreOp or PtraceReadOp or PtraceWriteOp or DirectIoReadOp or DirectIoWriteOp or PinOp or LongtermPinOp && v.Outcome.IsOk)
            return Fail("SIGBUS or an error after removal started", $"{v.Op.Name} completed: {v.Outcome}");
        var pins = v.StepEvents.Count(e => e.Kind == KernelEventKind.Pin);
        return Expect(pins == 0 || v.Op is not (PinOp or LongtermPinOp), "no pin taken after removal started", $"{pins} pin(s) taken");
    }

    private static InvariantFailure? NoStaleEntry(UserStepView v)
    {
        foreach (var e in v.Entries)
        {
            var state = v.Kernel.Pages.StateOf(e.Pfn);
            if (state is PageState.Free or PageState.DeviceDying or PageState.DeviceRemoved)
                return Fail("entries map only live pages and live device memory", $"{e} maps a {state} frame");
        }
        return v.Violation(KernelViolation.UseAfterFree, KernelViolation.RemovedDeviceAccess) is { } k ? Fail("no access to freed or removed memory", k.Message) : null;
    }
}
