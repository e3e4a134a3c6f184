using PmemSpec.Conformance.Runner;

namespace PmemSpec.Conformance.Reports;

/// <summary>How the reports tell a person to replay a counterexample: a relative file name and the command.</summary>
internal static class ReplayHint
{
    /// <summary>The file name the reports suggest for the saved sequence.</summary>
    public static string File(Counterexample cx) => $"{cx.Sequence.Profile}-{cx.Invariant.Id}.seq";

    /// <summary>The command that replays the saved sequence.</summary>
    public static string Command(Counterexample cx) => $"pmemspec replay {File(cx)} --profile {cx.Sequence.Profile}";
}
