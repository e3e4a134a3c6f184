using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Brd;

/// <summary>BLK-005: discard_from_brd checks the range and reports success but never zeroes the pages.</summary>
internal sealed class BrdDiscardKeepsData(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Discard(long sector, long nrSectors) =>
        sector % Units.SectorsPerPage == 0 && nrSectors % Units.SectorsPerPage == 0 ? Result.Ok : Inner.Discard(sector, nrSectors);
}
