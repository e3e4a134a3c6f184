namespace PmemSpec.Bench;

/// <summary>One user-level profile's throughput, checked and unchecked, from the same run.</summary>
/// <param name="Profile">The user-level reference profile.</param>
/// <param name="Sequences">Sequences in one pass.</param>
/// <param name="Steps">Steps executed in one pass (skipped ones left out; the same steps checked and unchecked).</param>
/// <param name="Checked">The user runner with every user invariant, generation included.</param>
/// <param name="Generation">Drawing the same sequences as the runner does, timed apart (its own fastest pass).</param>
/// <param name="NoInvariants">The same sequences run with no invariant (model + machine, no checks).</param>
internal sealed record UserFigures(string Profile, int Sequences, long Steps, TimeSpan Checked, TimeSpan Generation, TimeSpan NoInvariants)
{
    /// <summary>Checked time without the generator (zero if noise makes the generation the longer).</summary>
    public TimeSpan Execution => Checked > Generation ? Checked - Generation : TimeSpan.Zero;

    /// <summary>Steps per second over <paramref name="time"/>.</summary>
    public double PerSecond(TimeSpan time) => time > TimeSpan.Zero ? Steps / time.TotalSeconds : 0;

    /// <summary>The share of the checked time spent generating, from 0 to 1.</summary>
    public double GenerationShare => Checked > TimeSpan.Zero ? Math.Min(1, Generation / Checked) : 0;

    /// <summary>What checking costs: time per checked step (generation left out) / time per unchecked step.</summary>
    public double CheckingCost => NoInvariants > TimeSpan.Zero ? Execution / NoInvariants : 0;
}
