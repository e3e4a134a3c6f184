using PmemSpec.Conformance.Reports;

namespace PmemSpec.Cli;

/// <summary><c>pmemspec replay REPORT.json [PATH]</c>: reruns every violation a JSON report holds.</summary>
internal static class ReportReplay
{
    /// <summary>
    /// 1 when any reported violation still occurs, 0 when all are gone (or there were none), 2 when
    /// the report cannot be read or a candidate cannot be loaded. Candidates' violations replay on
    /// <paramref name="candidatePath"/> in a child process; reference profiles' in this one.
    /// </summary>
    public static int Run(FileInfo file, string? candidatePath, TextWriter output, TextWriter error)
    {
        ReportedRun report;
        try
        {
            report = JsonReport.Read(file.FullName);
        }
        catch (ReportFormatException e)
        {
            return CliOptions.Fail(error, e.Message);
        }
        var violations = report.Violations.ToList();
        if (violations.Count == 0)
        {
            output.WriteLine($"{file.Name}: the report holds no violation");
            return 0;
        }
        var worst = 0;
        foreach (var (candidate, violation) in violations)
        {
            output.WriteLine($"== {candidate.Name}: {violation.InvariantId} ({violation.Kind.ToString().ToLowerInvariant()}), {violation.Sequence.Ops.Count} operations");
            var exit = candidate.TypeName is null ? ReplayCommand.Run(violation.Sequence, file.Name, candidate.Profile, output, error)
                : candidatePath is null ? CliOptions.Fail(error, $"{candidate.Name} is a candidate ({candidate.TypeName}); pass its PATH: pmemspec replay {file.Name} PATH")
                : CandidateReplay.Run(candidatePath, violation.Sequence, candidate.Name, output, error);
            worst = Math.Max(worst, exit);
        }
        return worst;
    }
}
