using PmemSpec.Conformance.Mutants;

namespace PmemSpec.Bench;

/// <summary>
/// <c>bench</c>: checked operations per second against the bare driver calls on the reference brd
/// and pmem, checked user-level steps per second against the same steps unchecked on the four
/// raw block-device DAX profiles, and for every mutant the sequences and time until killed and the
/// shrunk length.
/// </summary>
internal static class Program
{
    /// <summary>
    /// Runs the benchmark and prints its tables; <c>--quick</c> runs a tenth of the sequences once.
    /// Exit 0 when every mutant was killed by its invariant, 1 otherwise, 2 on an unknown argument.
    /// </summary>
    /// <remarks>Context: a console process; single-threaded; run it in Release (<c>-c Release</c>).</remarks>
    public static int Main(string[] args)
    {
        var unknown = args.FirstOrDefault(a => a != "--quick");
        if (unknown is not null)
        {
            Console.Error.WriteLine($"error: unknown argument '{unknown}'; usage: bench [--quick]");
            return 2;
        }
        var options = args.Contains("--quick") ? BenchOptions.Quick : BenchOptions.Full;
        var report = BenchReport.Run(options, MutantCatalogue.All);
        BenchTable.Write(report, Console.Out);
        return report.AllKilledAsExpected ? 0 : 1;
    }
}
