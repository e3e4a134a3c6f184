using PmemSpec.Dax;
using PmemSpec.Kernel;
using PmemSpec.Reference;
using PmemSpec.Reference.Dcss;

namespace PmemSpec.Conformance.Mutants;

/// <summary>Deliberately broken reference drivers, each paired with the self-check that must catch it.</summary>
internal static class SelfCheckMutants
{
    private const long Sectors = 2048;

    public static IEnumerable<(DeviceProfile Profile, string KilledBy)> All()
    {
        yield return (Profile("brd-two-pages", Era.V4_9, k => new BrdTwoPages(ReferenceDrivers.Brd(k, Sectors))), "dax-contract");
        yield return (Profile("pmem-sleeps", Era.V6_1, k => new PmemSleeps(k, Pmem(k))), "trait-never-sleeps");
        yield return (Profile("pmem-allocates", Era.V6_1, k => new PmemAllocates(k, Pmem(k))), "trait-never-sleeps");
        yield return (Profile("dcss-claims-map", Era.V6_1, k => new ClaimsMap(Dcss(k))), "dax-contract");
        yield return (Profile("pmem-wrong-kaddr", Era.V6_1, k => new WrongKaddr(Pmem(k))), "dax-contract");
        yield return (Profile("pmem-dax-elsewhere", Era.V6_1, k => new DaxElsewhere(Pmem(k))), "dax-block-coherence");
        yield return (Profile("brd-read-allocates", Era.V4_9, k => new ReadAllocates(ReferenceDrivers.Brd(k, Sectors))), "unwritten-reads-zero");
        yield return (Profile("dcss-ro-writes", Era.V6_1, k => new ReadOnlyWrites(Pmem(k))), "block-roundtrip");
        yield return (Profile("dcss-claims-pages", Era.V6_1, k => new ClaimsPageBacked(Dcss(k))), "trait-page-backed");
    }

    private static DeviceProfile Profile(string name, Era era, Func<SimulatedKernel, IDaxDevice> create) =>
        new(name, era, Sectors, "mutant", create);

    private static IDaxDevice Pmem(SimulatedKernel k) => ReferenceDrivers.Pmem(k, Sectors, withStructPages: true);

    private static IDaxDevice Dcss(SimulatedKernel k) => ReferenceDrivers.Dcss(k, Sectors, DcssSegmentType.EW, shared: false);

    private sealed class BrdTwoPages(IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
        {
            var r = Inner.DirectAccess(pgoff, nrPages, mode);
            return r.IsOk ? r.Value with { Pages = 2 } : r;
        }
    }

    private sealed class PmemSleeps(SimulatedKernel k, IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
        {
            k.Context.MightSleep("pmem-sleeps: mutex_lock");
            return Inner.DirectAccess(pgoff, nrPages, mode);
        }
    }

    private sealed class PmemAllocates(SimulatedKernel k, IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
        {
            k.Allocator.AllocPage(Gfp.Atomic, "pmem-allocates");
            return Inner.DirectAccess(pgoff, nrPages, mode);
        }
    }

    private sealed class ClaimsMap(IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
        {
            var r = Inner.DirectAccess(pgoff, nrPages, mode);
            return r.IsOk ? r.Value with { Pfn = PfnT.From(r.Value.Pfn.Pfn, PfnFlags.Dev | PfnFlags.Map) } : r;
        }
    }

    private sealed class WrongKaddr(IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
        {
            var r = Inner.DirectAccess(pgoff, nrPages, mode);
            return r.IsOk ? r.Value with { Kaddr = r.Value.Kaddr + Units.PageSize } : r;
        }
    }

    /// <summary>Block I/O lands one page further on than the DAX address says (an offset slip).</summary>
    private sealed class DaxElsewhere(IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override Result Write(long sector, ReadOnlySpan<byte> data) => Inner.Write(Shift(sector), data);

        public override Result Read(long sector, Span<byte> buffer) => Inner.Read(Shift(sector), buffer);

        private long Shift(long sector) => (sector + Units.SectorsPerPage) % CapacitySectors;
    }

    private sealed class ReadAllocates(IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override Result Read(long sector, Span<byte> buffer)
        {
            Inner.Write(sector, new byte[buffer.Length]);
            return Inner.Read(sector, buffer);
        }
    }

    /// <summary>Claims to be read-only but lets writes through.</summary>
    private sealed class ReadOnlyWrites(IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override bool ReadOnly => true;

        public override DaxTraits Traits => Inner.Traits | DaxTraits.ReadOnly;
    }

    private sealed class ClaimsPageBacked(IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override DaxTraits Traits => Inner.Traits | DaxTraits.PageBacked;
    }
}
