using PmemSpec.Kernel;
using PmemSpec.Model.User;
using PmemSpec.Operations.User;
using static PmemSpec.Invariants.Checks;

namespace PmemSpec.Invariants.User;

/// <summary>PAGE-101..104: get_user_pages and its users on page-less and devmap entries, and poison (domain §7.1, §9.3, §12 items 25, 26).</summary>
internal static class UserPageInvariants
{
    public static IEnumerable<UserInvariant> All() =>
    [
        UserInvariant.Of("PAGE-101", InvariantFamily.PAGE, UserInvariantCatalogue.RawBlockDax, "get_user_pages on page-less (special) entries fails with -EFAULT and takes no page reference or pin", "domain §7.1 (follow_pfn_pte with FOLL_GET → -EFAULT)", GupRefusesSpecial),
        UserInvariant.Of("PAGE-102", InvariantFamily.PAGE, UserInvariantCatalogue.RawBlockDax, "O_DIRECT and ptrace through a page-less mapping fail (no data moves; the bytes are checked by STAB-102)", "domain §7.1 (dax.txt 'Shortcomings': O_DIRECT to/from that memory and gdb fail)", GupUsersFailWithoutPages),
        UserInvariant.Of("PAGE-103", InvariantFamily.PAGE, UserInvariantCatalogue.RawBlockDax, "With struct pages, get_user_pages, O_DIRECT and ptrace succeed on a live, unpoisoned page the mapping allows, and hold a pin exactly for their duration (a Pin until its Unpin)", "domain §7.1 (devmap gup takes page and pagemap references), §9.1; observed-linux-6.1 O_DIRECT row", GupWithPages),
        UserInvariant.Of("PAGE-104", InvariantFamily.PAGE, UserInvariantCatalogue.RawBlockDax, "An access to a poisoned page raises SIGBUS, never returns data or completes", "domain §9.3 (memory_failure, BUS_MCEERR_AR); §12 item 26", PoisonIsSigbus),
    ];

    private static int NetPins(UserStepView v) =>
        v.StepEvents.Count(e => e.Kind == KernelEventKind.Pin) - v.StepEvents.Count(e => e.Kind == KernelEventKind.Unpin);

    private static InvariantFailure? GupRefusesSpecial(UserStepView v)
    {
        if (v.Model.Facts.DevmapEntries || !PinsDevicePages(v)) return null;
        if (v.Outcome.IsOk) return Fail("-EFAULT: the entries are special, nothing to pin", $"pinned {v.Outcome.Pfns?.Count ?? 0} page(s)");
        if (v.Outcome.Error != Errno.EFAULT && !(v.Model.Pressure && v.Outcome.Error == Errno.ENOMEM))
            return Fail("-EFAULT (or -ENOMEM when the fault could not allocate)", v.Outcome.ToString());
        var refs = v.StepEvents.Count(e => e.Kind is KernelEventKind.Pin or KernelEventKind.PageGet);
        return Expect(refs == 0, "no page reference or pin taken", $"{refs} reference(s) or pin(s) taken");
    }

    /// <summary>A pin of pages that are all the device's own: shared, or private, not copied and pinned without FOLL_WRITE.</summary>
    private static bool PinsDevicePages(UserStepView v)
    {
        var (proc, map, page, pages, write) = v.Op switch
        {
            PinOp p => (p.Proc, p.Map, p.Page, p.Pages, p.Write),
            LongtermPinOp p => (p.Proc, p.Map, p.Page, 1L, false),
            _ => (-1, -1, 0L, 0L, false),
        };
        if (v.Model.Mapping(proc, map) is not { } m || page + pages > m.Pages) return false;
        return m.Shared || (!write && Enumerable.Range(0, (int)pages).All(i => !m.MayBeCopied(page + i)));
    }

    private static InvariantFailure? GupUsersFailWithoutPages(UserStepView v)
    {
        if (v.Op is not (DirectIoReadOp or DirectIoWriteOp or PtraceReadOp or PtraceWriteOp) || v.Model.Facts.DevmapEntries) return null;
        if (!UserSite.Of(v.Op)!.Value.OnDevice(v.Model)) return null;
        return Expect(!v.Outcome.IsOk, "an error: get_user_pages cannot pin page-less memory", $"{v.Op.Name} completed");
    }

    private static InvariantFailure? GupWithPages(UserStepView v)
    {
        if (!v.Model.Facts.DevmapEntries) return null;
        return v.Op switch
        {
            PinOp p => Pinned(v, p.Pages, PinMustWork(v.Model, p.Proc, p.Map, p.Page, p.Pages, p.Write)),
            LongtermPinOp p => Pinned(v, 1, PinMustWork(v.Model, p.Proc, p.Map, p.Page, 1, write: false)),
            UnpinOp u when v.Model.Pins.TryGetValue(u.Pin, out var held) => Expect(-NetPins(v) == held.Pages, $"{held.Pages} pin(s) released", $"{-NetPins(v)} released"),
            DirectIoReadOp or DirectIoWriteOp or PtraceReadOp or PtraceWriteOp => Transient(v),
            _ => null,
        };
    }

    private static InvariantFailure? Transient(UserStepView v)
    {
        if (NetPins(v) != 0) return Fail("the pins released before the call returns", $"{NetPins(v)} pin(s) still held after {v.Op.Name}");
        var site = UserSite.Of(v.Op)!.Value;
        return Expect(v.Outcome.IsOk || !site.MustComplete(v.Model), "success: a live devmap page the mapping allows", v.Outcome.ToString());
    }

    private static bool PinMustWork(UserModel model, int proc, int map, long page, long pages, bool write) =>
        model.Mapping(proc, map) is { } m && page >= 0 && page + pages <= m.Pages && (!write || m.Writable)
        && Enumerable.Range(0, (int)pages).All(i => model.MustComplete(m.PgoffOf(page + i)));

    private static InvariantFailure? Pinned(UserStepView v, long pages, bool mustWork)
    {
        if (!v.Outcome.IsOk) return Expect(!mustWork, "success: live devmap pages the mapping allows", v.Outcome.ToString());
        return Expect(NetPins(v) == pages, $"{pages} pin(s) held", $"{NetPins(v)} pin(s) taken");
    }

    private static InvariantFailure? PoisonIsSigbus(UserStepView v)
    {
        if (v.Op is not (LoadOp or StoreOp or PtraceReadOp or PtraceWriteOp) || UserSite.Of(v.Op) is not { } site) return null;
        if (!site.Allowed(v.Model) || site.Copied(v.Model) || !v.Model.Poisoned.Contains(site.Pgoff(v.Model))) return null;
        return Expect(!v.Outcome.IsOk && v.Outcome.Kind != UserResultKind.Segv, "SIGBUS (or, for ptrace, an error): the page is poisoned", v.Outcome.ToString());
    }
}
