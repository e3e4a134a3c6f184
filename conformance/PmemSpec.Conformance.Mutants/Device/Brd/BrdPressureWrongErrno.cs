using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Brd;

/// <summary>BLK-012: a v4.x brd whose failed page allocation surfaces as -ENOMEM (the 6.x errno) instead of -ENOSPC.</summary>
internal sealed class BrdPressureWrongErrno(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Write(long sector, ReadOnlySpan<byte> data)
    {
        var written = Inner.Write(sector, data);
        return written.Error == Errno.ENOSPC ? Errno.ENOMEM : written;
    }
}
