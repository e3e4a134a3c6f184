using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;
using PmemSpec.Kernel;
using static PmemSpec.Conformance.Mutants.DaxArg.DaxArgBases;

namespace PmemSpec.Conformance.Mutants.DaxArg;

/// <summary>
/// The DAXARG, SLEEP and EXC mutants: for every invariant of those families at least one broken
/// driver (a decorator over a reference driver) or broken caller (a copy of the era's wrapper with
/// one step changed), with the invariant that must kill it and how short its shrunk counterexample
/// must be.
/// </summary>
internal static class DaxArgMutants
{
    /// <summary>Invariants no driver or caller mutant can break, with the reason; reported, not faked.</summary>
    public static IReadOnlyDictionary<string, string> Unkillable { get; } = new Dictionary<string, string>();

    public static IReadOnlyList<DaxArgMutant> All { get; } =
    [
        .. Boundary(),
        .. Wrapper(),
        .. DriverResults(),
        .. Sleeping(),
    ];

    public static DaxArgMutant Find(string name) => All.Single(m => m.Name == name);

    private static IEnumerable<DaxArgMutant> Boundary() =>
    [
        new("pmem-throws-past-end", Mutate(Pmem, "pmem-throws-past-end", (_, d) => new PmemThrowsPastEnd(d)), null, "EXC-001", 1),
        new("caller-unchecked-result", Pmem, (k, b) => new UncheckedResultCaller(new HandleCaller(new DaxHandle(k, b))), "EXC-001", 2),
    ];

    private static IEnumerable<DaxArgMutant> Wrapper() =>
    [
        new("range-checks-start-only", Brd, (k, b) => new StartOnlyRangeCaller(k, b), "DAXARG-001", 1),
        new("alignment-before-range", BrdMisaligned, (k, b) => new AlignmentBeforeRangeCaller(k, b), "DAXARG-001", 1),
        new("unaligned-partition-rounded", PmemMisaligned, (k, b) => new UnalignedPartitionCaller(k, b), "DAXARG-002", 1),
        new("negative-size-einval-in-4.9", Brd, (k, b) => new NegativeSizeEinvalCaller(k, b), "DAXARG-003", 1),
        new("range-before-no-dax", PmemNoDax, (k, b) => new RangeBeforeNoDaxCaller(k, b), "DAXARG-004", 1),
        new("zero-pages-as-success", Pmem, (k, b) => new ZeroIsSuccessCaller(k, b), "DAXARG-005", 1),
        new("no-page-multiple-check", DcssInV49("dcss-off-by-one-v4.4-wrapper", sizeOffByOne: true), (k, b) => new NoPageMultipleCheckCaller(k, b), "DAXARG-006", 1),
        new("no-clamp", Pmem, (k, b) => new NoClampCaller(k, b), "DAXARG-007", 1),
        new("ignores-kill", Pmem, (k, b) => new IgnoresKillCaller(k, b), "DAXARG-008", 2),
        new("empty-success-past-end", Pmem, (k, b) => new EmptySuccessPastEndCaller(k, b), "DAXARG-009", 1),
        new("driver-errors-as-eio", Pmem, (k, b) => new ErrorsAsEioCaller(k, b), "DAXARG-010", 2),
    ];

    private static IEnumerable<DaxArgMutant> DriverResults() =>
    [
        new("brd-two-pages", Mutate(BrdV412, "brd-two-pages", (_, d) => new BrdTwoPages(d)), null, "DAXARG-011", 1),
        new("brd-enomem", Mutate(Brd, "brd-enomem", (_, d) => new BrdEnomem(d)), null, "DAXARG-011", 2),
        new("dcss-chunk-extent", Mutate(Dcss, "dcss-chunk-extent", (_, d) => new ChunkExtent(d)), null, "DAXARG-012", 1),
        new("pmem-eio-for-poison", Mutate(Pmem, "pmem-eio-for-poison", (_, d) => new PmemEioForPoison(d)), null, "DAXARG-013", 2),
        new("pmem-one-page-when-degraded", Mutate(Pmem, "pmem-one-page-when-degraded", (k, d) => new PmemOnePageWhenDegraded(k, d)), null, "DAXARG-014", 2),
        new("dcss-off-by-one", DcssInV49("dcss-off-by-one", sizeOffByOne: true), null, "DAXARG-015", 1),
    ];

    private static IEnumerable<DaxArgMutant> Sleeping() =>
    [
        new("pmem-takes-mutex", Mutate(Pmem, "pmem-takes-mutex", (k, d) => new PmemTakesMutex(k, d)), null, "SLEEP-001", 1),
        new("pmem-allocates-atomic", Mutate(Pmem, "pmem-allocates-atomic", (k, d) => new PmemAllocatesAtomic(k, d)), null, "SLEEP-002", 1),
        new("brd-preload-gfp-kernel", Mutate(Brd, "brd-preload-gfp-kernel", (k, d) => new BrdPreload(k, d, Gfp.Kernel)), null, "SLEEP-004", 1),
        new("pmem-null-kaddr", Mutate(Pmem, "pmem-null-kaddr", (_, d) => new PmemNullKaddr(d)), null, "SLEEP-005", 1),
        new("brd-preload-always", Mutate(Brd, "brd-preload-always", (k, d) => new BrdPreload(k, d, Gfp.NoIo)), null, "SLEEP-006", 2),
        new("brd-inserts-under-lock", Mutate(Brd, "brd-inserts-under-lock", (k, d) => new BrdInsertsUnderLock(k, d)), null, "SLEEP-007", 1),
        new("caller-holds-spinlock", Brd, (k, b) => new SpinlockCaller(k, new HandleCaller(new DaxHandle(k, b))), "SLEEP-003", 1),
    ];
}
