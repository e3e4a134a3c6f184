using PmemSpec.Conformance.Candidates;
using PmemSpec.Conformance.Isolation;
using PmemSpec.Operations;

namespace PmemSpec.Cli;

/// <summary><c>replay FILE --candidate PATH</c>: reruns a saved sequence on a candidate in a child process; exit 1 when it still fails.</summary>
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
        var candidate = load.Candidates.Count == 1 && name is null ? load.Candidates[0] : load.Candidates.FirstOrDefault(c => c.Name == wanted);
        if (candidate is null)
            return CliOptions.Fail(error, $"no candidate '{wanted}' in {path}; candidates: {string.Join(", ", load.Candidates.Select(c => c.Name))}");
        using var runner = new IsolatedRunner(load.Image!, IsolationLimits.Default, SelfLaunch.Worker());
        var failure = runner.Replay(candidate, sequence);
        if (failure is null)
        {
            output.WriteLine($"no failure: {sequence.Ops.Count} operations conform on {candidate.Name} ({candidate.EraFor(sequence.Era).Display()})");
            return 0;
        }
        IsolatedCounterexampleText.Write(failure, output, path);
        return 1;
    }
}
