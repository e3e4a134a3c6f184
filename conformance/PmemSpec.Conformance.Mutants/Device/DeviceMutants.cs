using PmemSpec.Conformance.Mutants.Device.Brd;
using PmemSpec.Conformance.Mutants.Device.Dcss;
using PmemSpec.Conformance.Mutants.Device.Pmem;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.Device;

/// <summary>
/// Deliberately broken reference drivers, one or more per BLK, STAB and PAGE invariant: the
/// invariant the runner must report, and how long the shrunk counterexample may be.
/// </summary>
internal static class DeviceMutants
{
    /// <summary>Invariants no device mutant can break, and why.</summary>
    public static IReadOnlyDictionary<string, string> Unkillable { get; } = new Dictionary<string, string>
    {
        ["BLK-006"] = "the spec's BlockLayer refuses bios outside the partition (-EIO) before any driver sees them, and block I/O has no caller seam",
    };

    public static IEnumerable<(string Name, DeviceProfile Profile, string KilledBy, int MaxShrunkOps)> All()
    {
        yield return Mutant("brd-hole-reads-garbage", DeviceBases.Brd, "BLK-001", 1, k => new MutantBrd(k, Sectors, BrdBug.HoleReadsGarbage));
        yield return Mutant("brd-6.1-no-zero-fill", DeviceBases.Brd61, "BLK-001", 2, k => new MutantBrd(k, Sectors, BrdBug.NoZeroFill));
        yield return Mutant("brd-loses-last-sector", DeviceBases.Brd61, "BLK-002", 2, Wrap(DeviceBases.Brd61, d => new BrdLosesLastSector(d)));
        yield return Mutant("brd-read-allocates", DeviceBases.Brd, "BLK-003", 1, Wrap(DeviceBases.Brd, d => new BrdReadAllocates(d)));
        yield return Mutant("brd-write-allocates-extra-page", DeviceBases.Brd, "BLK-004", 1, Wrap(DeviceBases.Brd, d => new BrdWriteAllocatesExtraPage(d)));
        yield return Mutant("brd-discard-keeps-data", DeviceBases.Brd, "BLK-005", 3, Wrap(DeviceBases.Brd, d => new BrdDiscardKeepsData(d)));
        yield return Mutant("dcss-ro-accepts-writes", DeviceBases.DcssRo, "BLK-007", 1, k => new DcssReadOnlyAcceptsWrites(k, DeviceBases.DcssRo.Create(k)));
        yield return Mutant("pmem-flush-fails", DeviceBases.Pmem, "BLK-008", 1, Wrap(DeviceBases.Pmem, d => new PmemFlushFails(d)));
        yield return Mutant("pmem-read-ignores-badblocks", DeviceBases.Pmem, "BLK-009", 2, k => new PmemReadIgnoresBadblocks(k, DeviceBases.Pmem.Create(k)));
        yield return Mutant("pmem-refuses-last-sector", DeviceBases.Pmem, "BLK-010", 1, Wrap(DeviceBases.Pmem, d => new PmemRefusesLastSector(d)));
        yield return Mutant("dcss-accepts-sub-page-bios", DeviceBases.Dcss, "BLK-011", 1, k => new DcssAcceptsSubPageBios(k, DeviceBases.Dcss.Create(k)));
        yield return Mutant("brd-pressure-wrong-errno", DeviceBases.Brd, "BLK-012", 2, Wrap(DeviceBases.Brd, d => new BrdPressureWrongErrno(d)));
        // Breaks BLK-012 too, but BLK-004 (no page was allocated for a successful write) is evaluated first.
        yield return Mutant("brd-pressure-write-succeeds", DeviceBases.Brd, "BLK-004", 2, Wrap(DeviceBases.Brd, d => new BrdPressureWriteSucceeds(d)));
        yield return Mutant("brd-discard-frees", DeviceBases.Brd, "BLK-013", 2, k => new MutantBrd(k, Sectors, BrdBug.DiscardFreesPages));
        yield return Mutant("brd-dax-swaps-page", DeviceBases.BrdV412, "STAB-001", 2, k => new MutantBrd(k, Sectors, BrdBug.DirectAccessSwapsPage));
        yield return Mutant("pmem-write-cache-missed-by-dax", DeviceBases.Pmem, "STAB-002", 3, Wrap(DeviceBases.Pmem, d => new PmemWriteCacheMissedByDax(d)));
        yield return Mutant("brd-no-zero-fill", DeviceBases.Brd, "STAB-002", 2, k => new MutantBrd(k, Sectors, BrdBug.NoZeroFill));
        yield return Mutant("pmem-write-one-sector-off", DeviceBases.Pmem, "STAB-002", 3, Wrap(DeviceBases.Pmem, d => new PmemWriteOneSectorOff(d)));
        yield return Mutant("pmem-read-cache-misses-dax-stores", DeviceBases.Pmem, "STAB-003", 4, Wrap(DeviceBases.Pmem, d => new PmemReadCacheMissesDaxStores(d)));
        yield return Mutant("brd-discard-frees-but-keeps-page", DeviceBases.Brd61, "STAB-004", 3, k => new MutantBrd(k, Sectors, BrdBug.DiscardFreesButKeepsPage));
        yield return Mutant("pmem-read-prefetches-past-end", DeviceBases.Pmem, "STAB-005", 1, k => new PmemReadPrefetchesPastEnd(k, DeviceBases.Pmem.Create(k)));
        yield return Mutant("pmem-kaddr-of-neighbour", DeviceBases.Pmem, "STAB-006", 1, Wrap(DeviceBases.Pmem, d => new PmemKaddrOfNeighbour(d)));
        yield return Mutant("dcss-claims-pfn-map", DeviceBases.Dcss, "PAGE-001", 1, Wrap(DeviceBases.Dcss, d => new DcssClaimsPfnMap(d)));
        yield return Mutant("pmem-dax-in-guard-gap", DeviceBases.Pmem, "PAGE-001", 1, Wrap(DeviceBases.Pmem, d => new PmemDaxInGuardGap(d)));
        yield return Mutant("pmem-scatterlist-flags", DeviceBases.Pmem, "PAGE-002", 1, Wrap(DeviceBases.Pmem, d => new PmemScatterlistFlags(d)));
        yield return Mutant("dcss-claims-page-backed", DeviceBases.Dcss, "PAGE-003", 1, Wrap(DeviceBases.Dcss, d => new DcssClaimsPageBacked(d)));
        yield return Mutant("pmem-other-namespace-pfn", DeviceBases.Pmem, "PAGE-004", 1, k => new PmemOtherNamespacePfn(k, DeviceBases.Pmem.Create(k)));
        yield return Mutant("brd-dax-puts-page", DeviceBases.BrdV412, "PAGE-004", 1, k => new MutantBrd(k, Sectors, BrdBug.DirectAccessPutsPage));
    }

    private static long Sectors => DeviceBases.Brd.CapacitySectors;

    private static Func<SimulatedKernel, IDaxDevice> Wrap(DeviceProfile baseProfile, Func<IDaxDevice, IDaxDevice> mutate) =>
        k => mutate(baseProfile.Create(k));

    private static (string, DeviceProfile, string, int) Mutant(string name, DeviceProfile baseProfile, string killedBy, int maxShrunkOps,
        Func<SimulatedKernel, IDaxDevice> create) =>
        (name, baseProfile with { Name = name, Description = $"mutant of {baseProfile.Name} for {killedBy}", Create = create }, killedBy, maxShrunkOps);
}
