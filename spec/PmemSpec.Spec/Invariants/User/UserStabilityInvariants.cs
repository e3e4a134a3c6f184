using PmemSpec.Model.User;
using PmemSpec.Operations.User;
using static PmemSpec.Invariants.Checks;

namespace PmemSpec.Invariants.User;

/// <summary>STAB-108, STAB-101, STAB-103, STAB-102: what loads return, which accesses may fail, and what the block path sees (domain §8; observed-linux-6.1.md).</summary>
internal static class UserStabilityInvariants
{
    public static IEnumerable<UserInvariant> All() =>
    [
        UserInvariant.Of("STAB-108", InvariantFamily.STAB, UserInvariantCatalogue.RawBlockDax, "After fork a shared mapping stays shared (either side's stores reach the other and the device) and a private one is copy-on-write (each side keeps its own bytes, the device its own)", "observed-linux-6.1.md fork row; domain §7.1 (copy_page_range)", ForkSemantics),
        UserInvariant.Of("STAB-101", InvariantFamily.STAB, UserInvariantCatalogue.RawBlockDax, "A load or ptrace read that completes returns the device's current bytes (the process's own copy for a copied private page)", "domain §8 (the fault maps direct_access's pfn); observed-linux-6.1.md 'pwrite, then load'", LoadSeesDevice),
        UserInvariant.Of("STAB-103", InvariantFamily.STAB, UserInvariantCatalogue.RawBlockDax, "An access fails only for a reason: SIGSEGV exactly when the mapping forbids it; SIGBUS or OOM only for a removed device, a page past the end, poison, or memory pressure", "domain §8 (blkdev_dax_fault: SIGBUS past i_size, dying queue)", FailsOnlyForAReason),
        UserInvariant.Of("STAB-102", InvariantFamily.STAB, UserInvariantCatalogue.RawBlockDax, "After every step the block path reads what the model expects: shared stores are visible to pread at once; private stores and failed O_DIRECT or ptrace change no byte of the device or the other disk", "observed-linux-6.1.md 'store through a shared mapping, then pread'; domain §7.1 ('fails, no data corruption')", BlockPathAgrees) with { AfterStep = true },
    ];

    private static InvariantFailure? Compare(byte[]? expected, byte[]? actual, int offset, string what)
    {
        if (expected is null || actual is null) return null;
        var exp = expected.AsSpan(offset, actual.Length);
        var at = exp.CommonPrefixLength(actual);
        return at == actual.Length ? null
            : Fail($"{what} byte {offset + at} = 0x{exp[at]:x2}", $"0x{actual[at]:x2}");
    }

    private static InvariantFailure? ForkSemantics(UserStepView v)
    {
        if (UserSite.Of(v.Op) is not { } site || site.Mapping(v.Model) is not { Forked: true } m) return null;
        if (v.Op is LoadOp or PtraceReadOp) return LoadSeesDevice(v);
        if (m.Shared || !site.Writes || v.DeviceAfter.GetValueOrDefault(m.PgoffOf(site.Page)) is not { } after) return null;
        return Compare(v.Model.DevicePage(m.PgoffOf(site.Page)), after, 0, "the device page behind a private forked mapping keeps");
    }

    private static InvariantFailure? LoadSeesDevice(UserStepView v)
    {
        if (!v.Outcome.IsOk || v.Outcome.Bytes is not { } got) return null;
        var (offset, expected) = v.Op switch
        {
            LoadOp l => (l.Offset, v.Model.View(l.Proc, l.Map, l.Page)),
            PtraceReadOp r => (r.Offset, v.Model.View(r.Proc, r.Map, r.Page)),
            _ => (0, null),
        };
        return Compare(expected, got, offset, "the mapping's");
    }

    private static InvariantFailure? FailsOnlyForAReason(UserStepView v)
    {
        if (v.Op is not (LoadOp or StoreOp) || UserSite.Of(v.Op) is not { } site) return null;
        var kind = v.Outcome.Kind;
        if (!site.Allowed(v.Model)) return Expect(kind == UserResultKind.Segv, "SIGSEGV: the mapping forbids the access", v.Outcome.ToString());
        if (kind == UserResultKind.Segv) return Fail("no SIGSEGV: the mapping allows the access", v.Outcome.ToString());
        return Expect(kind == UserResultKind.Ok || !site.MustComplete(v.Model), "completion: a live, in-range, unpoisoned page", v.Outcome.ToString());
    }

    private static InvariantFailure? BlockPathAgrees(UserStepView v)
    {
        foreach (var (pgoff, bytes) in v.DeviceAfter)
            if (Compare(v.Model.DevicePage(pgoff), bytes, 0, $"pread of device page {pgoff}:") is { } f) return f;
        foreach (var (page, bytes) in v.OtherAfter)
            if (Compare(v.Model.OtherPage(page), bytes, 0, $"pread of other-disk page {page}:") is { } f) return f;
        return null;
    }
}
