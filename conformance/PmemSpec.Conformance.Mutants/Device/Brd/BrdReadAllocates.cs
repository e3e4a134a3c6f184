using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Brd;

/// <summary>BLK-003: the read path calls brd_insert_page instead of brd_lookup_page, so reading a hole allocates it.</summary>
internal sealed class BrdReadAllocates(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Read(long sector, Span<byte> buffer)
    {
        for (var page = sector / Units.SectorsPerPage; page <= (sector + (buffer.Length >> Units.SectorShift) - 1) / Units.SectorsPerPage; page++)
            Inner.DirectAccess(page, 1, DaxAccessMode.Access);
        return Inner.Read(sector, buffer);
    }
}
