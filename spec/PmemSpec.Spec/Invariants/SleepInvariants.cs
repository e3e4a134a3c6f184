using PmemSpec.Kernel;
using PmemSpec.Operations;
using static PmemSpec.Invariants.Checks;

namespace PmemSpec.Invariants;

/// <summary>SLEEP: who may sleep or allocate where (domain §2.1, §2.5, §10; seed 003).</summary>
internal static class SleepInvariants
{
    public static IEnumerable<Invariant> All() =>
    [
        new("SLEEP-001", InvariantFamily.SLEEP, EraRange.All, "A driver that declares it never sleeps never sleeps in direct_access, even when called in atomic context", "domain §10 (pmem/dcssblk direct_access: arithmetic only); seed 003", v => Driver(v, KernelEventKind.Sleep, "slept")),
        new("SLEEP-002", InvariantFamily.SLEEP, EraRange.All, "A driver that declares it never sleeps never allocates in direct_access", "domain §3.3 ('performs no allocation and never sleeps')", v => Driver(v, KernelEventKind.Alloc, "allocated")),
        new("SLEEP-003", InvariantFamily.SLEEP, EraRange.All, "direct_access is never called in atomic context when the driver or the era's wrapper may sleep (the caller's violation)", "seed 003 (Dave Chinner: 'Expect that .direct_access can sleep'); domain §10 (might_sleep in v4.4-v4.15)", CallerAtomic),
        new("SLEEP-004", InvariantFamily.SLEEP, EraRange.All, "Allocations on the I/O path never start I/O (GFP_NOIO)", "domain §2.1 ('Must use NOIO ... recurse back into the block or filesystem layers')", v => v.Violation(KernelViolation.IoAllocOnIoPath) is { } k ? Fail("GFP_NOIO allocations", k.Message) : null),
        new("SLEEP-005", InvariantFamily.SLEEP, EraRange.All, "Memory returned by direct_access is always addressable: a kernel address that maps, never highmem", "seed 003 ('must return memory that is always addressable'); domain §2.1", Addressable),
        new("SLEEP-006", InvariantFamily.SLEEP, EraRange.All, "After every page was written once (populate), a lazy device never allocates in direct_access", "domain §2.5 (derived: prepopulated pages never sleep); seed 003", AfterPopulate),
        new("SLEEP-007", InvariantFamily.SLEEP, EraRange.All, "Nothing sleeps in atomic context (a driver's own spinlock or kmap_atomic section)", "domain §10 (copy_to_brd 'does not sleep'); might_sleep()", SleepInAtomic),
    ];

    private static bool NeverSleeps(StepView v) => v.Facts.Traits.HasFlag(Dax.DaxTraits.NeverSleeps);

    private static InvariantFailure? Driver(StepView v, KernelEventKind kind, string verb)
    {
        if (!NeverSleeps(v) || v.Op is not DirectAccessOp) return null;
        var e = v.DriverEvents.FirstOrDefault(e => e.Kind == kind);
        return e is null ? null : Fail($"direct_access that never {verb}", $"it {verb}: {e.Detail}");
    }

    // The caller's context is what it declared (ctx=Atomic), or what the driver was really entered
    // in: a caller that takes a spinlock around direct_access breaks the rule whatever it declares.
    private static InvariantFailure? CallerAtomic(StepView v)
    {
        if (v.Op is not DirectAccessOp op || (NeverSleeps(v) && !v.Facts.Era.WrapperMightSleep())) return null;
        var declared = op.Ctx == CallContext.Atomic;
        if (!declared && !EnteredAtomic(v.DriverCalls)) return null;
        return Fail($"direct_access called from process context ({(NeverSleeps(v) ? $"the {v.Facts.Era.Display()} wrapper calls might_sleep()" : "this driver may sleep")})",
            declared ? "the caller held atomic context" : "the driver's direct_access was entered in atomic context (the caller held a lock)");
    }

    private static bool EnteredAtomic(IReadOnlyList<DriverCall> calls)
    {
        foreach (var call in calls)
            if (call.CallerAtomic) return true;
        return false;
    }

    private static InvariantFailure? Addressable(StepView v)
    {
        if (v.Outcome is not { IsOk: true, Dax: { Pages: > 0 } d }) return null;
        if (d.Kaddr.IsNull) return Fail("a kernel address", "NULL");
        if (v.Kernel.Pages.IsHighmem(d.Pfn.Pfn)) return Fail("a lowmem or device pfn", $"{d.Pfn} is highmem");
        return v.Kernel.Memory.TryTranslate(d.Kaddr, out _, out _) ? null : Fail("an address that maps", $"{d.Kaddr} maps nothing");
    }

    private static InvariantFailure? AfterPopulate(StepView v)
    {
        if (!v.Facts.IsLazy || !v.Model.Populated || v.Op is not DirectAccessOp op || !WrapperRules.InRange(op, v.Model)) return null;
        var allocs = v.Kernel.Trace.CountSince(v.StepMark, KernelEventKind.Alloc);
        return allocs == 0 ? null : Fail("no allocation", $"{allocs} page(s) allocated");
    }

    private static InvariantFailure? SleepInAtomic(StepView v) =>
        v.Violation(KernelViolation.SleepInAtomic) is { } k ? Fail("no sleep in atomic context", k.Message) : null;
}
