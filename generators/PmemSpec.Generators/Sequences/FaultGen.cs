using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Sequences;

/// <summary>Injected faults: memory pressure switched on and off, media errors inside the partition.</summary>
internal static class FaultGen
{
    private static readonly Gen<DeviceOp> PressureWhileOn = Toggle(current: true);

    private static readonly Gen<DeviceOp> PressureWhileOff = Toggle(current: false);

    /// <summary>Mostly a toggle of the current pressure, sometimes a repeat.</summary>
    public static Gen<DeviceOp> Pressure(GenState s) => s.Pressure ? PressureWhileOn : PressureWhileOff;

    private static Gen<DeviceOp> Toggle(bool current) =>
        Weighted.Pick((4, Gen.Constant(!current)), (1, Gen.Constant(current))).Select(on => (DeviceOp)new MemoryPressureOp(on));

    /// <summary>1..8 bad sectors, often on a page already mapped or written.</summary>
    public static Gen<DeviceOp> MediaError(SequenceTarget t, GenState s) =>
        ArgGen.Page(t, s, freshPercent: 60)
            .Zip(Gen.Choose(0, Units.SectorsPerPage - 1), (p, offset) => ArgGen.SectorOf(p) + offset)
            .Zip(Gen.Choose(1, Units.SectorsPerPage), (sector, n) => (DeviceOp)new MediaErrorOp(sector, Math.Min(n, t.Sectors - sector)));
}
