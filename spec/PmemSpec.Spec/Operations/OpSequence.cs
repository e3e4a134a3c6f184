namespace PmemSpec.Operations;

/// <summary>A device operation sequence with what is needed to replay it: the profile, era and seed it came from.</summary>
/// <param name="Profile">The device profile name, or null when not recorded.</param>
/// <param name="Era">The era, or null for the profile's own.</param>
/// <param name="Seed">The generator seed, or null for a hand-written sequence.</param>
/// <param name="Ops">The operations, in order.</param>
public sealed record OpSequence(string? Profile, Era? Era, ulong? Seed, IReadOnlyList<DeviceOp> Ops)
{
    /// <summary>Value equality over the operations too (records compare lists by reference).</summary>
    public bool Equals(OpSequence? other) =>
        other is not null && Profile == other.Profile && Era == other.Era && Seed == other.Seed && Ops.SequenceEqual(other.Ops);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Profile, Era, Seed, Ops.Count);

    /// <inheritdoc />
    public override string ToString() => SequenceText.Format(this);
}
