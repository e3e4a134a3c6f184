using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Brd;

/// <summary>BLK-004: copy_to_brd_setup always sets up the page after the segment too, allocating one page nobody touched.</summary>
internal sealed class BrdWriteAllocatesExtraPage(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Write(long sector, ReadOnlySpan<byte> data)
    {
        var written = Inner.Write(sector, data);
        var next = ((sector + (data.Length >> Units.SectorShift) - 1) / Units.SectorsPerPage) + 1;
        if (written.IsOk && next < CapacitySectors / Units.SectorsPerPage) Inner.DirectAccess(next, 1, DaxAccessMode.Access);
        return written;
    }
}
