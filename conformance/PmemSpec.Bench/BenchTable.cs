using System.Globalization;

namespace PmemSpec.Bench;

/// <summary>Prints a <see cref="BenchReport"/> as three fixed-width tables.</summary>
internal static class BenchTable
{
    /// <summary>Writes the throughput table, then the user-level table, then the mutant table, then a summary line.</summary>
    public static void Write(BenchReport report, TextWriter output)
    {
        var o = report.Options;
        output.WriteLine($"seed {o.Seed}, {o.Sequences} sequences x up to {o.MaxOps} ops per profile, best of {o.Passes} pass(es) after a warm-up");
        if (LoadAverage() is { } load) output.WriteLine($"load average {load} on {Environment.ProcessorCount} cores (wall-clock figures: other work on the machine slows them)");
        output.WriteLine();
        output.WriteLine($"{"profile",-8} {"ops",8} {"checked/s",11} {"excl-gen/s",11} {"no-inv/s",11} {"bare/s",11} {"overhead",9} {"excl-gen",9}");
        foreach (var p in report.Profiles)
        {
            output.WriteLine($"{p.Profile,-8} {p.Operations,8} {Rate(p.PerSecond(p.Checked)),11} {Rate(p.PerSecond(p.Execution)),11} "
                + $"{Rate(p.PerSecond(p.NoInvariants)),11} {Rate(p.PerSecond(p.Bare)),11} {Ratio(p.Overhead),9} {Ratio(p.ExecutionOverhead),9}");
        }
        output.WriteLine("checked: runner, all invariants, generation included; excl-gen: the same without drawing the sequences;");
        output.WriteLine("no-inv: runner with no invariant selected; bare: the executed operations called straight on a fresh driver.");
        output.WriteLine("overhead: time per checked operation / time per bare operation (same operations, same run, one core).");
        output.WriteLine();
        WriteUser(report, output);
        output.WriteLine();
        output.WriteLine($"mutants: seed {o.Seed}, up to {o.MutantSequences} sequences x {o.MutantMaxOps} ops each");
        output.WriteLine($"{"mutant",-34} {"expected",-10} {"killed by",-10} {"seqs",5} {"to kill",9} {"shrink",9} {"len",4} {"shrunk",6}");
        foreach (var m in report.Mutants)
        {
            output.WriteLine($"{m.Name,-34} {m.Expected,-10} {m.KilledBy ?? "survived",-10} {m.Sequences,5} {Ms(m.UntilKilled),9} {Ms(m.Shrinking),9} "
                + $"{m.OriginalLength,4} {m.ShrunkLength,6}{(m.KilledAsExpected ? "" : "  WRONG")}");
        }
        var good = report.Mutants.Count(m => m.KilledAsExpected);
        output.WriteLine($"{good}/{report.Mutants.Count} mutants killed by their invariant; "
            + $"to kill {Ms(Sum(report.Mutants, m => m.UntilKilled))} in all, shrinking {Ms(Sum(report.Mutants, m => m.Shrinking))}");
    }

    private static void WriteUser(BenchReport report, TextWriter output)
    {
        var o = report.Options;
        output.WriteLine($"user-level sequences: seed {o.Seed}, {o.Sequences} sequences x up to {o.MaxOps} steps per profile, best of {o.Passes} pass(es) after a warm-up");
        output.WriteLine($"{"profile",-14} {"seqs",5} {"steps",8} {"checked/s",11} {"excl-gen/s",11} {"gen",5} {"no-inv/s",11} {"ratio",7}");
        foreach (var u in report.User)
        {
            output.WriteLine($"{u.Profile,-14} {u.Sequences,5} {u.Steps,8} {Rate(u.PerSecond(u.Checked)),11} {Rate(u.PerSecond(u.Execution)),11} "
                + $"{Percent(u.GenerationShare),5} {Rate(u.PerSecond(u.NoInvariants)),11} {Ratio(u.CheckingCost),7}");
        }
        output.WriteLine("checked: UserConformanceRunner, all user invariants, generation included; gen: the share of that time drawing");
        output.WriteLine("the sequences (timed apart); excl-gen: checked minus gen; no-inv: the same sequences, model and machine, no invariant;");
        output.WriteLine("ratio: time per checked step without generation / time per unchecked step (same steps, same run, one core).");
    }

    private static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    private static string Rate(double perSecond) => perSecond >= 1e6
        ? (perSecond / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + "M"
        : (perSecond / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + "K";

    private static string Ratio(double x) => x.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + "ms";

    private static TimeSpan Sum(IEnumerable<MutantFigures> rows, Func<MutantFigures, TimeSpan> pick) =>
        rows.Aggregate(TimeSpan.Zero, (total, m) => total + pick(m));
}
