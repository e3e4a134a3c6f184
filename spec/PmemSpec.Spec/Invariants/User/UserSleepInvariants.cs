using PmemSpec.Kernel;
using static PmemSpec.Invariants.Checks;

namespace PmemSpec.Invariants.User;

/// <summary>EXC-101, SLEEP-101, SLEEP-102: user steps report errors as errnos and signals; faults never sleep under the page-table lock, which guards every entry change (domain §8, §10).</summary>
internal static class UserSleepInvariants
{
    public static IEnumerable<UserInvariant> All() =>
    [
        UserInvariant.Of("EXC-101", InvariantFamily.EXC, UserInvariantCatalogue.RawBlockDax, "No user step throws: the mm, the raw-bdev fault handler and the driver answer with errnos and signals", "domain §8 (blkdev_dax_fault returns VM_FAULT_*); DESIGN.md errors", NoThrow),
        UserInvariant.Of("SLEEP-101", InvariantFamily.SLEEP, UserInvariantCatalogue.RawBlockDax, "The fault path never calls a may-sleep direct_access, or anything else that sleeps, in atomic context (under the page-table lock)", "domain §10 ('dax_direct_access() may sleep, so cannot hold tree_lock'); §8 blkdev_dax_fault", v => Kernel(v, KernelViolation.SleepInAtomic)),
        UserInvariant.Of("SLEEP-102", InvariantFamily.SLEEP, UserInvariantCatalogue.RawBlockDax, "Page-table entries are set and cleared only under the page-table lock", "mm set_pte_at/ptep_get_and_clear (lockdep_assert_held); domain §10", v => Kernel(v, KernelViolation.PageTableUnlocked)),
    ];

    private static InvariantFailure? NoThrow(UserStepView v) =>
        v.Thrown is { } e ? Fail("an errno or a signal", $"threw {e.GetType().Name}: {e.Message}") : null;

    private static InvariantFailure? Kernel(UserStepView v, string rule) =>
        v.Violation(rule) is { } k ? Fail($"no {rule}", k.Message) : null;
}
