using PmemSpec.Dax;

namespace PmemSpec.Conformance.Mutants.Device.Pmem;

/// <summary>
/// STAB-003: the block path keeps a write-through cache of every sector it read or wrote and
/// serves reads from it, but nothing invalidates it when a store lands through the DAX address.
/// </summary>
internal sealed class PmemReadCacheMissesDaxStores(IDaxDevice inner) : DaxDeviceDecorator(inner)
{
    private readonly Dictionary<long, byte[]> cache = [];

    public override Result Write(long sector, ReadOnlySpan<byte> data)
    {
        var written = Inner.Write(sector, data);
        if (written.IsOk) Remember(sector, data);
        return written;
    }

    public override Result Read(long sector, Span<byte> buffer)
    {
        var read = Inner.Read(sector, buffer);
        if (!read.IsOk) return read;
        for (var i = 0; i < buffer.Length >> Units.SectorShift; i++)
            if (cache.TryGetValue(sector + i, out var bytes)) bytes.CopyTo(buffer[(i * Units.SectorSize)..]);
        Remember(sector, buffer);
        return read;
    }

    private void Remember(long sector, ReadOnlySpan<byte> data)
    {
        for (var i = 0; i < data.Length >> Units.SectorShift; i++)
            cache[sector + i] = data.Slice(i * Units.SectorSize, Units.SectorSize).ToArray();
    }
}
