namespace PmemSpec.Conformance.Runner;

/// <summary>How much to try, from which seed, and which invariants to check.</summary>
/// <param name="Seed">The run's seed; sequence i uses a seed derived from it.</param>
/// <param name="Sequences">Sequences per profile (before sharding).</param>
/// <param name="MaxOps">Operations per sequence at most.</param>
/// <param name="Invariants">IDs or family names to check; empty for all.</param>
public sealed record RunOptions(ulong Seed = 1, int Sequences = 1000, int MaxOps = 100, IReadOnlyList<string>? Invariants = null)
{
    /// <summary>This shard's index, from 0: it runs the sequences i with i mod <see cref="ShardCount"/> = this.</summary>
    public int ShardIndex { get; init; }

    /// <summary>How many shards the sequences are split into (a CI matrix); 1 runs them all.</summary>
    public int ShardCount { get; init; } = 1;

    /// <summary>Wall time after which no new sequence starts (the one running finishes and is shrunk); null for none.</summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>True when sequence <paramref name="index"/> belongs to this shard.</summary>
    public bool InShard(int index) => index % ShardCount == ShardIndex;

    /// <summary>The seed of sequence <paramref name="index"/> (splitmix64 of the run seed and the index).</summary>
    public ulong SequenceSeed(int index)
    {
        var z = Seed + (0x9E3779B97F4A7C15UL * (ulong)(index + 1));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
