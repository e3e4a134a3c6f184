using PmemSpec.Conformance.Runner;

namespace PmemSpec.Conformance.Reports;

/// <summary>How the reports tell a person to replay a counterexample: a relative file name and the command.</summary>
internal static class ReplayHint
{
    /// <summary>The file name the reports suggest for the saved sequence (a row name's <c>/</c> becomes <c>-</c>).</summary>
    public static string File(Counterexample cx) => $"{cx.Sequence.Profile?.Replace('/', '-')}-{cx.Invariant.Id}.seq";

    /// <summary>The command that replays the saved sequence: on the candidate's source when it has one, else on the reference profile.</summary>
    public static string Command(CandidateResult candidate, Counterexample cx) => candidate.Source is { } source
        ? $"pmemspec replay {File(cx)} {source}"
        : $"pmemspec replay {File(cx)} --profile {cx.Sequence.Profile}";
}
