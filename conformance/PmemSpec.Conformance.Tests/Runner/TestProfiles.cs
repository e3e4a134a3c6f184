using PmemSpec.Conformance.Mutants;
using PmemSpec.Dax;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Tests.Runner;

/// <summary>Small profiles the runner tests share.</summary>
internal static class TestProfiles
{
    public static DeviceProfile BrdTwoPages { get; } = new("brd-two-pages", Era.V4_12, 2048, "mutant: brd returns two pages",
        k => new TwoPages(ReferenceDrivers.Brd(k, 2048)));

    public static DeviceProfile Throwing { get; } = new("pmem-throws", Era.V6_1, 2048, "mutant: throws on reads past sector 64",
        k => new ThrowsPastSector64(ReferenceDrivers.Pmem(k, 2048, withStructPages: true)));

    public static DeviceProfile ThrowingConstructor { get; } = new("ctor-throws", Era.V6_1, 2048, "mutant: constructor throws",
        _ => throw new InvalidOperationException("probe failed"));

    private sealed class TwoPages(IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode)
        {
            var r = Inner.DirectAccess(pgoff, nrPages, mode);
            return r.IsOk ? r.Value with { Pages = 2 } : r;
        }
    }

    private sealed class ThrowsPastSector64(IDaxDevice inner) : DaxDeviceDecorator(inner)
    {
        public override Result Read(long sector, Span<byte> buffer) =>
            sector > 64 ? throw new InvalidOperationException("index out of range in driver") : Inner.Read(sector, buffer);
    }

}
