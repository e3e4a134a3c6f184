using PmemSpec.Conformance.Candidates;
using PmemSpec.Conformance.Runner;
using PmemSpec.Conformance.User;

namespace PmemSpec.Cli;

/// <summary>
/// Which suites <c>check PATH</c> runs: every suite of every candidate that applies in the era and
/// selects an invariant, narrowed by <c>--profile</c> (<c>device</c>, <c>user</c>, or a reference
/// user profile a fault handler runs over).
/// </summary>
internal static class CandidateSelection
{
    /// <summary>What <c>--profile</c> accepts with PATH.</summary>
    public static IReadOnlyList<string> Known { get; } = [CandidateSuite.DeviceSuite, CandidateSuite.UserSuite, .. UserProfiles.All.Select(p => p.Name)];

    /// <summary>
    /// The rows to run, or null after printing why none. A row named by <paramref name="names"/>
    /// that cannot apply is left out with a note; unselected rows that cannot apply are left out quietly.
    /// </summary>
    public static List<CandidateSuite>? Rows(IReadOnlyList<CandidateType> candidates, string[] names, Era? era, RunOptions options, TextWriter error)
    {
        if (names.FirstOrDefault(n => !Known.Contains(n)) is { } unknown)
        {
            CliOptions.Fail(error, $"unknown profile '{unknown}' for a candidate; known: {string.Join(", ", Known)}");
            return null;
        }
        var named = candidates.SelectMany(CandidateSuite.For).Where(s => names.Length == 0 || s.SelectedBy.Any(names.Contains)).ToList();
        var reasons = new List<string>();
        var rows = new List<CandidateSuite>();
        foreach (var row in named)
        {
            var why = row.WhyNot(era) ?? (row.Rules(options, era).Count == 0 ? $"{row.Name}: --invariant {string.Join(' ', options.Invariants ?? [])} selects no invariant that holds for it" : null);
            if (why is null) rows.Add(row);
            else reasons.Add(why);
        }
        if (rows.Count == 0)
        {
            CliOptions.Fail(error, named.Count == 0 ? $"--profile {string.Join(' ', names)} selects no suite of {string.Join(", ", candidates.Select(c => c.Name))}"
                : $"nothing to check: {string.Join("; ", reasons)}");
            return null;
        }
        if (names.Length > 0)
            foreach (var reason in reasons) error.WriteLine($"note: left out {reason}");
        return rows;
    }
}
