using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Pmem;

/// <summary>
/// STAB-002: block writes land in a volatile write-back cache that block reads consult, but
/// direct_access hands out the media address without writing the cache back, so DAX loads see
/// stale bytes. Flush writes the cache back.
/// </summary>
internal sealed class PmemWriteCacheMissedByDax(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    private readonly Dictionary<long, byte[]> dirty = [];

    public override Result Write(long sector, ReadOnlySpan<byte> data)
    {
        var old = new byte[data.Length];
        var read = Inner.Read(sector, old);
        var validated = Inner.Write(sector, read.IsOk ? old : data);
        if (!validated.IsOk) return validated;
        if (!read.IsOk) return Result.Ok;
        for (var i = 0; i < data.Length >> Units.SectorShift; i++)
            dirty[sector + i] = data.Slice(i * Units.SectorSize, Units.SectorSize).ToArray();
        return Result.Ok;
    }

    public override Result Read(long sector, Span<byte> buffer)
    {
        var read = Inner.Read(sector, buffer);
        if (!read.IsOk) return read;
        for (var i = 0; i < buffer.Length >> Units.SectorShift; i++)
            if (dirty.TryGetValue(sector + i, out var bytes)) bytes.CopyTo(buffer[(i * Units.SectorSize)..]);
        return read;
    }

    public override Result Flush()
    {
        foreach (var (sector, bytes) in dirty) Inner.Write(sector, bytes);
        dirty.Clear();
        return Inner.Flush();
    }
}
