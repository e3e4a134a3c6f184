using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Brd;

/// <summary>BLK-002: a multi-sector write copies its last sector from a stale buffer (the old contents), so that sector keeps its old bytes.</summary>
internal sealed class BrdLosesLastSector(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Write(long sector, ReadOnlySpan<byte> data)
    {
        if (data.Length <= Units.SectorSize) return Inner.Write(sector, data);
        var bytes = data.ToArray();
        var last = sector + (bytes.Length >> Units.SectorShift) - 1;
        Inner.Read(last, bytes.AsSpan(bytes.Length - Units.SectorSize));
        return Inner.Write(sector, bytes);
    }
}
