namespace PmemSpec.Conformance.Runner;

/// <summary>How much to try, from which seed, and which invariants to check.</summary>
/// <param name="Seed">The run's seed; sequence i uses a seed derived from it.</param>
/// <param name="Sequences">Sequences per profile.</param>
/// <param name="MaxOps">Operations per sequence at most.</param>
/// <param name="Invariants">IDs or family names to check; empty for all.</param>
public sealed record RunOptions(ulong Seed = 1, int Sequences = 1000, int MaxOps = 100, IReadOnlyList<string>? Invariants = null)
{
    /// <summary>The seed of sequence <paramref name="index"/> (splitmix64 of the run seed and the index).</summary>
    public ulong SequenceSeed(int index)
    {
        var z = Seed + (0x9E3779B97F4A7C15UL * (ulong)(index + 1));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
