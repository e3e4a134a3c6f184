using PmemSpec.Conformance.Mutants;
using PmemSpec.Conformance.Runner;

namespace PmemSpec.Bench;

/// <summary>Runs each mutant through the conformance runner and reads off how long the kill and the shrink took.</summary>
internal static class MutantBench
{
    /// <summary>One row per mutant, with the mutant tests' seed and budget.</summary>
    public static IReadOnlyList<MutantFigures> Measure(IEnumerable<KnownMutant> mutants, BenchOptions options)
    {
        var run = new RunOptions(options.Seed, options.MutantSequences, options.MutantMaxOps);
        return [.. mutants.Select(m => Measure(m, run))];
    }

    private static MutantFigures Measure(KnownMutant mutant, RunOptions run)
    {
        var phases = new RunPhases();
        var report = ConformanceRunner.Check(mutant.Profile, run, mutant.Caller, phases);
        var cx = report.Counterexample;
        return new MutantFigures(mutant.Name, mutant.KilledBy, cx?.Invariant.Id, report.Sequences, phases.Generation + phases.Execution,
            phases.Shrinking, cx?.OriginalLength ?? 0, cx?.Sequence.Ops.Count ?? 0);
    }
}
