using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Pmem;

/// <summary>Would break BLK-006: every bio succeeds, whatever its range. It never gets the chance (the block layer refuses first).</summary>
internal sealed class PmemAcceptsAnyRange(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    public override Result Read(long sector, Span<byte> buffer)
    {
        buffer.Clear();
        return Result.Ok;
    }

    public override Result Write(long sector, ReadOnlySpan<byte> data) => Result.Ok;

    public override Result Discard(long sector, long nrSectors) => Result.Ok;
}
