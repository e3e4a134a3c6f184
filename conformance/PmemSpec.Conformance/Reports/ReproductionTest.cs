using System.Globalization;
using System.Text;
using PmemSpec.Dax;

namespace PmemSpec.Conformance.Reports;

/// <summary>
/// The ready-to-paste xunit test that reproduces a counterexample against the candidate: it builds
/// the candidate's profile, parses the embedded minimal sequence, runs it and asserts it passes, so
/// it fails with the broken invariant until the candidate is fixed.
/// </summary>
internal static class ReproductionTest
{
    private const string Indent = "        ";

    /// <summary>The C# source of the test, or null when the candidate conforms.</summary>
    public static string? For(CheckReport run, CandidateResult candidate)
    {
        if (candidate.Report.Counterexample is not { } cx) return null;
        var id = cx.Invariant.Id;
        var text = new StringBuilder();
        text.Append(Usings(candidate)).Append("using Xunit;\n\n");
        text.Append("public class ").Append(Identifier.Pascal(candidate.Name)).Append("Reproduction\n{\n");
        text.Append("    // ").Append(id).Append(": ").Append(cx.Invariant.Statement).Append(" (").Append(cx.Invariant.Source).Append(")\n");
        text.Append("    private const string Sequence = \"\"\"\n");
        foreach (var line in cx.ReplayText.TrimEnd('\n').Split('\n')) text.Append(Indent).Append(line).Append('\n');
        text.Append(Indent).Append("\"\"\";\n\n");
        text.Append("    [Fact]\n    public void Keeps_").Append(Identifier.Underscored(id)).Append("()\n    {\n");
        var user = candidate.UserLevel is not null;
        text.Append(Indent).Append("var profile = ").Append(user ? UserReproduction.Profile(candidate) : Profile(candidate)).Append(";\n");
        text.Append(Indent).Append("var sequence = SequenceText.Parse(Sequence);\n");
        text.Append(Indent).Append(user ? "var run = UserSequenceRunner.Run(profile, sequence.Ops, " : "var run = SequenceRunner.Run(profile, sequence.Ops, ")
            .Append(user ? UserReproduction.Invariants(run) : Invariants(run)).Append(");\n");
        text.Append(Indent).Append("Assert.True(run.Passed, $\"").Append(id)
            .Append(" (reported) — broken: {run.Broken?.Id}; expected {run.Failure?.Expected}, actual {run.Failure?.Actual}\");\n");
        text.Append("    }\n}\n");
        return text.ToString();
    }

    private static string Usings(CandidateResult candidate)
    {
        if (candidate.UserLevel is not null)
            return "using PmemSpec.Conformance.User;\nusing PmemSpec.Invariants.User;\nusing PmemSpec.Operations;\n";
        var reference = candidate.TypeName is null;
        return "using PmemSpec;\nusing PmemSpec.Conformance.Runner;\n" + (reference ? "" : "using PmemSpec.Dax;\n")
            + "using PmemSpec.Invariants;\nusing PmemSpec.Operations;\n" + (reference ? "using PmemSpec.Reference;\n" : "");
    }

    private static string Profile(CandidateResult candidate)
    {
        var p = candidate.Profile;
        var era = "Era." + candidate.Report.Era;
        if (candidate.TypeName is null)
        {
            var missing = Literal($"'{p.Name}' is not a reference profile: build the candidate's DeviceProfile here");
            return $"(ReferenceProfiles.Find({Literal(p.Name)}) ?? throw new System.InvalidOperationException({missing})) with {{ Era = {era} }}";
        }
        var sectors = p.CapacitySectors.ToString(CultureInfo.InvariantCulture);
        var create = $"new DeviceProfile({Literal(p.Name)}, {era}, {sectors}, \"\", k => new global::{candidate.TypeName}(k, {sectors}))";
        var inits = new List<string>();
        if (p.Capabilities != ProfileCapabilities.None) inits.Add("Capabilities = " + Capabilities(p.Capabilities));
        if (p.PartitionStart != 0) inits.Add("PartitionStart = " + p.PartitionStart.ToString(CultureInfo.InvariantCulture));
        return inits.Count == 0 ? create : $"{create} {{ {string.Join(", ", inits)} }}";
    }

    private static string Capabilities(ProfileCapabilities caps) =>
        string.Join(" | ", Enum.GetValues<ProfileCapabilities>().Where(c => c != ProfileCapabilities.None && caps.HasFlag(c)).Select(c => "ProfileCapabilities." + c));

    private static string Invariants(CheckReport run) => run.Options.Invariants is { Count: > 0 } filter
        ? $"InvariantCatalogue.Select([{string.Join(", ", filter.Select(Literal))}], out _)"
        : "InvariantCatalogue.All";

    internal static string Literal(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
