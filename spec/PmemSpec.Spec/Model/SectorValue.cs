namespace PmemSpec.Model;

/// <summary>The bytes a sector may hold: usually one possibility, two after an operation whose effect is not fixed.</summary>
public sealed class SectorValue
{
    private static readonly byte[] Zeros = new byte[Units.SectorSize];

    private SectorValue(IReadOnlyList<byte[]> possible, SectorOrigin origin)
    {
        Possible = possible;
        Origin = origin;
    }

    /// <summary>A never-written sector: zeros.</summary>
    public static SectorValue Fresh { get; } = new([Zeros], SectorOrigin.NeverWritten);

    /// <summary>The allowed contents.</summary>
    public IReadOnlyList<byte[]> Possible { get; }

    /// <summary>What last changed it.</summary>
    public SectorOrigin Origin { get; }

    /// <summary>Exactly these bytes.</summary>
    public static SectorValue Exactly(byte[] bytes, SectorOrigin origin) => new([bytes], origin);

    /// <summary>Zeros after a discard.</summary>
    public static SectorValue Discarded() => new([Zeros], SectorOrigin.Discard);

    /// <summary>Either what it held or <paramref name="other"/>.</summary>
    public SectorValue OrElse(byte[] other, SectorOrigin origin) =>
        Possible.Any(p => p.AsSpan().SequenceEqual(other)) ? this : new([.. Possible, other], origin);

    /// <summary>True when <paramref name="bytes"/> is allowed.</summary>
    public bool Allows(ReadOnlySpan<byte> bytes)
    {
        foreach (var p in Possible)
            if (p.AsSpan().SequenceEqual(bytes)) return true;
        return false;
    }

    /// <summary>Each possibility with <paramref name="patch"/> written at <paramref name="offset"/>.</summary>
    public SectorValue Patched(int offset, ReadOnlySpan<byte> patch, SectorOrigin origin)
    {
        var next = new List<byte[]>(Possible.Count);
        foreach (var p in Possible)
        {
            var copy = (byte[])p.Clone();
            patch.CopyTo(copy.AsSpan(offset));
            next.Add(copy);
        }
        return new(next, origin);
    }
}
