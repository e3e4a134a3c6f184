using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Brd;

/// <summary>
/// BLK-004 (and BLK-012, which is evaluated later): when copy_to_brd_setup cannot get a page
/// the write still completes successfully, silently dropping the data.
/// </summary>
internal sealed class BrdPressureWriteSucceeds(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Write(long sector, ReadOnlySpan<byte> data)
    {
        var written = Inner.Write(sector, data);
        return written.Error == Errno.ENOSPC ? Result.Ok : written;
    }
}
