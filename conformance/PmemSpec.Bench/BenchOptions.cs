namespace PmemSpec.Bench;

/// <summary>How much the benchmark runs.</summary>
/// <param name="Seed">The run seed (fixed, so every run measures the same sequences).</param>
/// <param name="Sequences">Sequences per profile in one measured pass.</param>
/// <param name="MaxOps">Operations per sequence at most.</param>
/// <param name="Passes">Measured passes per profile; the figures are the fastest pass (after one warm-up pass).</param>
/// <param name="Profiles">Reference profiles to measure.</param>
/// <param name="MutantSequences">Sequences each mutant may take to be killed (the mutant tests' budget).</param>
/// <param name="MutantMaxOps">Operations per sequence for the mutants (the mutant tests' size).</param>
internal sealed record BenchOptions(ulong Seed, int Sequences, int MaxOps, int Passes, IReadOnlyList<string> Profiles,
    int MutantSequences, int MutantMaxOps)
{
    /// <summary>The full run: the <c>check</c> command's sizes, five passes, the mutant tests' budget.</summary>
    public static BenchOptions Full { get; } = new(1, 1000, 100, 5, ["brd", "pmem"], 500, 60);

    /// <summary><c>--quick</c>: a tenth of the sequences, one pass.</summary>
    public static BenchOptions Quick { get; } = Full with { Sequences = 100, Passes = 1 };
}
