using System.Text.Json;
using PmemSpec.Dax;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Reports;

/// <summary>Reads <c>pmemspec-report/1</c> JSON back, naming the file and the field for every problem.</summary>
internal static class JsonReportReader
{
    public static ReportedRun Read(string json, string source)
    {
        using var document = Parse(json, source);
        var root = new ReportNode(document.RootElement, "", source);
        CheckSchema(root);
        var run = root.Field("run", JsonValueKind.Object);
        return new ReportedRun(root.String("kit"), run.ULong("seed"), run.Int("sequences"), run.Int("maxOps"), run.Strings("invariants"),
            run.OptionalString("era") is { } era ? ParseEra(run.Field("era", JsonValueKind.String), era) : null,
            [.. root.Array("candidates").Select(Candidate)]);
    }

    private static JsonDocument Parse(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
            var reason = e.Message.Split(" LineNumber:", 2)[0].TrimEnd(' ', '.');
            throw new ReportFormatException(source, $"not valid JSON{at}: {reason}", e);
        }
    }

    private static void CheckSchema(ReportNode root)
    {
        if (root.Element.ValueKind != JsonValueKind.Object) throw root.Error("expected a JSON object with a 'schema' field");
        if (!root.Has("schema")) throw root.Error($"no 'schema' field; expected \"{JsonReport.Schema}\"");
        var schema = root.String("schema");
        if (schema != JsonReport.Schema) throw root.Error($"schema '{schema}' is not supported; this kit reads \"{JsonReport.Schema}\"");
    }

    private static ReportedCandidate Candidate(ReportNode c) =>
        new(c.String("name"), c.OptionalString("type"), c.OptionalString("source"), c.String("profile"),
            ParseEra(c.Field("era", JsonValueKind.String), c.String("era")), c.Long("capacitySectors"), c.Long("partitionStart"),
            Capabilities(c), c.Strings("checked"), c.OptionalObject("violation") is { } v ? Violation(v) : null);

    private static ProfileCapabilities Capabilities(ReportNode c)
    {
        var all = ProfileCapabilities.None;
        foreach (var name in c.Strings("capabilities"))
        {
            if (!Enum.TryParse<ProfileCapabilities>(name, out var one) || !Enum.IsDefined(one) || one == ProfileCapabilities.None)
                throw c.Field("capabilities", JsonValueKind.Array).Error($"unknown capability '{name}' (known: {string.Join(", ", Enum.GetValues<ProfileCapabilities>().Skip(1))})");
            all |= one;
        }
        return all;
    }

    private static ReportedViolation Violation(ReportNode v)
    {
        var kindNode = v.Field("kind", JsonValueKind.String);
        if (!CounterexampleKindText.TryParse(v.String("kind"), out var kind))
            throw kindNode.Error($"unknown kind '{v.String("kind")}' (known: {CounterexampleKindText.Known})");
        var invariant = v.Field("invariant", JsonValueKind.Object);
        return new ReportedViolation(kind, invariant.String("id"), Sequence(v), v.Int("failingStep"), v.String("expected"), v.String("actual"),
            v.String("xunitTest"));
    }

    private static OpSequence Sequence(ReportNode v)
    {
        var lines = v.Strings("sequence");
        var path = $"{v.Path}.sequence";
        try
        {
            return SequenceText.Parse(string.Join('\n', lines), path);
        }
        catch (FormatException e)
        {
            throw new ReportFormatException(v.Source, e.Message.Replace($"{path}:", $"{path} line ", StringComparison.Ordinal), e);
        }
    }

    private static Era ParseEra(ReportNode node, string text) =>
        EraRules.TryParse(text, out var era) ? era : throw node.Error($"unknown era '{text}'");
}
