using PmemSpec.Block;
using PmemSpec.Conformance.User;
using PmemSpec.Kernel;
using PmemSpec.Reference;
using PmemSpec.Reference.Mm;
using PmemSpec.Reference.RawBlockDax;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>One mutant per user invariant: broken fault handlers over the reference raw layer, broken mm paths and system calls.</summary>
public static class UserMutants
{
    /// <summary>Every user-level mutant.</summary>
    public static IReadOnlyList<UserMutant> All { get; } =
    [
        Raw("pfn-mkwrite-throws", "EXC-101", UserProfiles.Pmem, (m, r) => new PfnMkwriteThrows(m, r), 3),
        Raw("ptl-held-fault", "SLEEP-101", UserProfiles.Brd, (m, r) => new PtlHeldFault(m, r), 2),
        Proc("munmap-zaps-unlocked", "SLEEP-102", UserProfiles.Pmem, (p, w) => new MunmapZapsUnlocked(p, w), 3),
        Proc("munmap-keeps-entries", "STAB-105", UserProfiles.Pmem, (p, w) => new MunmapKeepsEntries(p, w), 3),
        Raw("removal-yanks-pins", "STAB-106", UserProfiles.Pmem, (m, r) => new RemovalYanksPins(m, r), 3),
        Raw("fault-ignores-removal", "STAB-107", UserProfiles.Brd, (m, r) => new FaultIgnoresRemoval(m, r), 4),
        Mm("unmap-mapping-forgets", "STAB-104", UserProfiles.PmemRaw, k => new UnmapMappingForgets(ReferenceMm.Create(k)), 3),
        Proc("gup-hands-out-pageless-pfns", "PAGE-101", UserProfiles.PmemRaw, (p, w) => new GupHandsOutPagelessPfns(p, w), 2),
        Proc("odirect-falls-back-to-copy", "PAGE-102", UserProfiles.PmemRaw, (p, w) => new DirectIoFallsBackToCopy(p, w), 2),
        Proc("odirect-leaks-pin", "PAGE-103", UserProfiles.Pmem, (p, w) => new DirectIoLeaksPin(p, w), 2),
        Mm("memory-failure-forgets", "PAGE-104", UserProfiles.Pmem, k => new MemoryFailureForgets(ReferenceMm.Create(k)), 3),
        Proc("fork-shares-private-copy", "STAB-108", UserProfiles.Pmem, (p, w) => new ForkSharesPrivateCopy(p, w), 5),
        Proc("load-sees-stale-page", "STAB-101", UserProfiles.Pmem, (p, w) => new LoadSeesStalePage(p, w), 4),
        Raw("fault-sigbus-last-page", "STAB-103", UserProfiles.Brd, (m, r) => new FaultSigbusLastPage(m, r), 2),
        PrivateStoreWrittenBack(),
    ];

    /// <summary>The mutant killed by <paramref name="invariantId"/>, or null.</summary>
    public static UserMutant? For(string invariantId) =>
        All.FirstOrDefault(m => string.Equals(m.KilledBy, invariantId, StringComparison.OrdinalIgnoreCase));

    private static UserMutant Raw(string name, string id, UserProfile base_, Func<IMm, IRawBlockDaxDevice, IRawBlockDaxDevice> wrap, int max) =>
        new(name, id, base_ with { Name = name, Open = RawBlockDaxDecorator.Opener(wrap) }, max);

    private static UserMutant Mm(string name, string id, UserProfile base_, Func<SimulatedKernel, IMm> mm, int max) =>
        new(name, id, base_ with { Name = name, Mm = mm }, max);

    private static UserMutant Proc(string name, string id, UserProfile base_, Func<IProcess, Func<IProcess, IProcess>, IProcess> make, int max)
    {
        IProcess Wrap(IProcess p) => make(p, Wrap);
        return Mm(name, id, base_, k => new MmDecorator(ReferenceMm.Create(k), Wrap), max);
    }

    private static UserMutant PrivateStoreWrittenBack()
    {
        Partition? opened = null;
        SimulatedKernel? kernel = null;
        IProcess Wrap(IProcess p) => new PrivateStoreWrittenBack(p, Wrap, kernel!, () => opened);
        var profile = UserProfiles.Pmem with
        {
            Name = "private-store-written-back",
            Mm = k => new MmDecorator(ReferenceMm.Create(kernel = k), Wrap),
            Open = (m, b) => ReferenceRawBlockDax.Open(m, opened = b),
        };
        return new("private-store-written-back", "STAB-102", profile, 3);
    }
}
