using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Pmem;

/// <summary>
/// STAB-002: block writes land one sector further on than asked (an off-by-one in the sector to
/// offset translation). Block reads would show it too (BLK-001/BLK-002), but a DAX load of the
/// written page sees it first.
/// </summary>
internal sealed class PmemWriteOneSectorOff(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Write(long sector, ReadOnlySpan<byte> data) =>
        sector + 1 + (data.Length >> Units.SectorShift) <= CapacitySectors ? Inner.Write(sector + 1, data) : Inner.Write(sector, data);
}
