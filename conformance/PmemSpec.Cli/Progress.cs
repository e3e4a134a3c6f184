using System.Diagnostics;
using System.Globalization;
using PmemSpec.Conformance.Runner;

namespace PmemSpec.Cli;

/// <summary>
/// Progress on stderr for a long run: after the first second, at most four lines a second, one
/// line rewritten in place (sequences done, counterexamples found, operations per second). Off with
/// <c>--quiet</c> or when stderr is not a terminal, so logs and pipes stay clean.
/// </summary>
internal sealed class Progress
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly TextWriter error;
    private readonly bool enabled;
    private readonly Func<TimeSpan> clock;
    private TimeSpan? last;
    private bool shown;

    /// <param name="error">Where progress goes.</param>
    /// <param name="enabled">False shows nothing.</param>
    /// <param name="clock">Time since the run started (default: a stopwatch started now).</param>
    public Progress(TextWriter error, bool enabled, Func<TimeSpan>? clock = null)
    {
        this.error = error;
        this.enabled = enabled;
        var watch = Stopwatch.StartNew();
        this.clock = clock ?? (() => watch.Elapsed);
    }

    /// <summary>Progress for the CLI: on unless quiet or stderr is redirected.</summary>
    public static Progress For(TextWriter error, bool quiet) => new(error, !quiet && !Console.IsErrorRedirected);

    /// <summary>How many counterexamples the run found so far.</summary>
    public int Found { get; set; }

    /// <summary>An observer for one profile or candidate named <paramref name="name"/>.</summary>
    public SequenceObserver For(string name) => (index, shrinking, operations) => Tick(name, index, shrinking, operations);

    /// <summary>Ends the progress line, if one was shown.</summary>
    public void Done()
    {
        if (shown) error.WriteLine();
        shown = false;
    }

    private void Tick(string name, int index, bool shrinking, long operations)
    {
        var elapsed = clock();
        if (!enabled || elapsed < Quiet || (last is { } shownAt && elapsed - shownAt < Interval)) return;
        last = elapsed;
        shown = true;
        var rate = (operations / elapsed.TotalSeconds).ToString("0", CultureInfo.InvariantCulture);
        var doing = shrinking ? "shrinking" : $"{index + 1} sequences";
        error.Write($"\r{name}: {doing}, {Found} counterexample(s), {rate} ops/s   ");
    }
}
