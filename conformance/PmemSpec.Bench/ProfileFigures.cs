namespace PmemSpec.Bench;

/// <summary>One profile's throughput, checked and bare, from the same run.</summary>
/// <param name="Profile">The reference profile.</param>
/// <param name="Sequences">Sequences in one pass.</param>
/// <param name="Operations">Operations executed in one pass (the same operations checked and bare).</param>
/// <param name="Checked">The runner with every invariant, generation included.</param>
/// <param name="Generation">Of <paramref name="Checked"/>, the time drawing sequences.</param>
/// <param name="NoInvariants">The same sequences run with no invariant selected (device + model + runner).</param>
/// <param name="Bare">The same executed operations called straight on a fresh driver.</param>
internal sealed record ProfileFigures(string Profile, int Sequences, long Operations, TimeSpan Checked, TimeSpan Generation,
    TimeSpan NoInvariants, TimeSpan Bare)
{
    /// <summary>Checked time without the generator.</summary>
    public TimeSpan Execution => Checked - Generation;

    /// <summary>Operations per second over <paramref name="time"/>.</summary>
    public double PerSecond(TimeSpan time) => time > TimeSpan.Zero ? Operations / time.TotalSeconds : 0;

    /// <summary>How many times longer a checked operation takes than the bare call (generation included).</summary>
    public double Overhead => Bare > TimeSpan.Zero ? Checked / Bare : 0;

    /// <summary>Like <see cref="Overhead"/>, generation left out.</summary>
    public double ExecutionOverhead => Bare > TimeSpan.Zero ? Execution / Bare : 0;
}
