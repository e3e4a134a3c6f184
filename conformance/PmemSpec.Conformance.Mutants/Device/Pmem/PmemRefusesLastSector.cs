using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Pmem;

/// <summary>BLK-010: an off-by-one end check (<c>end &gt;= capacity</c>) refuses in-range bios that end at the last sector.</summary>
internal sealed class PmemRefusesLastSector(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Read(long sector, Span<byte> buffer) => EndsAtCapacity(sector, buffer.Length) ? Errno.EIO : Inner.Read(sector, buffer);

    public override Result Write(long sector, ReadOnlySpan<byte> data) => EndsAtCapacity(sector, data.Length) ? Errno.EIO : Inner.Write(sector, data);

    private bool EndsAtCapacity(long sector, int bytes) => sector + (bytes >> Units.SectorShift) >= CapacitySectors;
}
