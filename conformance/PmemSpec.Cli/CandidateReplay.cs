using PmemSpec.Conformance.Candidates;
using PmemSpec.Conformance.Isolation;
using PmemSpec.Operations;

namespace PmemSpec.Cli;

/// <summary><c>replay FILE PATH</c>: reruns a saved sequence on a candidate's suite (the row its profile names) in a child process; exit 1 when it still fails.</summary>
internal static class CandidateReplay
{
    public static int Run(string path, OpSequence sequence, string? name, TextWriter output, TextWriter error)
    {
        var load = CandidateSource.Load(path);
        if (!load.Succeeded)
        {
            foreach (var line in load.Errors) error.WriteLine(CandidateCheck.ErrorLine(line));
            return 2;
        }
        var wanted = name ?? sequence.Profile;
        var rows = load.Candidates.SelectMany(CandidateSuite.For).ToList();
        var row = rows.FirstOrDefault(r => r.Name == wanted) ?? (load.Candidates.Count == 1 && name is null ? Lenient(rows, wanted) : null);
        if (row is null)
            return CliOptions.Fail(error, $"no candidate '{wanted}' in {path}; candidates: {string.Join(", ", rows.Select(r => r.Name))}");
        using var runner = new IsolatedRunner(load.Image!, IsolationLimits.Default, SelfLaunch.Worker());
        var failure = runner.Replay(row, sequence);
        if (failure is null)
        {
            output.WriteLine($"no failure: {sequence.Ops.Count} operations conform on {row.Name} ({row.EraFor(sequence.Era).Display()})");
            return 0;
        }
        IsolatedCounterexampleText.Write(failure, output, path);
        return 1;
    }

    /// <summary>The one candidate's row for a sequence saved under another name: the same suite suffix (<c>/user</c>, <c>/user-brd</c>), else its first row.</summary>
    private static CandidateSuite Lenient(List<CandidateSuite> rows, string? wanted)
    {
        var slash = wanted?.LastIndexOf('/') ?? -1;
        var suffix = slash < 0 ? null : wanted![(slash + 1)..];
        return rows.FirstOrDefault(r => suffix is null ? !r.UserLevel : r.Name.EndsWith("/" + suffix, StringComparison.Ordinal)) ?? rows[0];
    }
}
