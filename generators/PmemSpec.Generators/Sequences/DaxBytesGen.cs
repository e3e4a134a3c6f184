using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Sequences;

/// <summary>StoreViaDax and LoadViaDax at pages the state says are mapped, with offset + length inside the page.</summary>
internal static class DaxBytesGen
{
    private static readonly Gen<(int Offset, int Length)> InPage = Weighted.Pick(
        (3, Gen.Constant((0, Units.PageSize))),
        (4, Gen.Choose(0, Units.PageSize - 1).SelectMany(o => Gen.Choose(1, Units.PageSize - o).Select(n => (o, n)))),
        (4, Gen.Choose(0, (Units.PageSize / Units.CacheLine) - 1).Zip(Gen.Choose(1, Units.CacheLine), (line, n) => (line * Units.CacheLine, n))),
        (1, Gen.Elements((0, 1), (Units.PageSize - 1, 1), (Units.SectorSize - 1, 2))));

    /// <summary>A store to a mapped page; the state must have one.</summary>
    public static Gen<DeviceOp> Store(GenState s) =>
        Page(s).Zip(InPage, (p, span) => (p, span))
            .Zip(ArgGen.Seed, (x, seed) => (DeviceOp)new StoreViaDaxOp(x.p, x.span.Offset, x.span.Length, seed));

    /// <summary>A load from a mapped page; the state must have one.</summary>
    public static Gen<DeviceOp> Load(GenState s) =>
        Page(s).Zip(InPage, (p, span) => (DeviceOp)new LoadViaDaxOp(p, span.Offset, span.Length));

    private static Gen<long> Page(GenState s) =>
        s.Mapped.IsEmpty ? throw new InvalidOperationException("no mapped page to access") : Gen.Elements<long>(s.Mapped);
}
