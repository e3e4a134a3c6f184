using System.Text.Json;
using PmemSpec.Conformance.Runner;
using PmemSpec.Dax;

namespace PmemSpec.Conformance.Reports;

/// <summary>Writes the <c>pmemspec-report/1</c> JSON, property by property in a fixed order.</summary>
internal static class JsonReportWriter
{
    public static void Write(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartObject();
        json.WriteString("schema", JsonReport.Schema);
        json.WriteString("kit", report.KitVersion);
        WriteRun(json, report);
        json.WriteBoolean("conforms", report.Conforms);
        json.WriteStartArray("candidates");
        foreach (var candidate in report.Candidates) WriteCandidate(json, report, candidate);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartObject("run");
        json.WriteNumber("seed", report.Options.Seed);
        json.WriteNumber("sequences", report.Options.Sequences);
        json.WriteNumber("maxOps", report.Options.MaxOps);
        Strings(json, "invariants", report.Options.Invariants ?? []);
        NullableString(json, "era", report.Era?.Display());
        json.WriteEndObject();
    }

    private static void WriteCandidate(Utf8JsonWriter json, CheckReport report, CandidateResult c)
    {
        json.WriteStartObject();
        json.WriteString("name", c.Name);
        NullableString(json, "type", c.TypeName);
        NullableString(json, "source", c.Source);
        json.WriteString("profile", c.Report.Profile);
        json.WriteString("era", c.Report.Era.Display());
        json.WriteNumber("capacitySectors", c.Profile.CapacitySectors);
        json.WriteNumber("partitionStart", c.Profile.PartitionStart);
        Strings(json, "capabilities", Enum.GetValues<ProfileCapabilities>().Where(f => f != ProfileCapabilities.None && c.Profile.Capabilities.HasFlag(f)).Select(f => f.ToString()));
        json.WriteBoolean("conforms", c.Report.Conforms);
        json.WriteNumber("sequences", c.Report.Sequences);
        json.WriteNumber("operations", c.Report.Operations);
        if (report.IncludeTimings) json.WriteNumber("elapsedMs", Math.Round(c.Report.Elapsed.TotalMilliseconds, 1));
        Strings(json, "checked", c.Checked.Select(i => i.Id));
        if (c.Report.Counterexample is { } cx) WriteViolation(json, report, c, cx);
        else json.WriteNull("violation");
        json.WriteEndObject();
    }

    private static void WriteViolation(Utf8JsonWriter json, CheckReport report, CandidateResult c, Counterexample cx)
    {
        json.WriteStartObject("violation");
        json.WriteString("kind", c.Kind.Text());
        json.WriteStartObject("invariant");
        json.WriteString("id", cx.Invariant.Id);
        json.WriteString("family", cx.Invariant.Family.ToString());
        json.WriteString("eras", cx.Invariant.Eras.ToString());
        json.WriteString("statement", cx.Invariant.Statement);
        json.WriteString("source", cx.Invariant.Source);
        json.WriteEndObject();
        json.WriteNumber("failingStep", cx.FailingStep);
        json.WriteNumber("shrunkFrom", cx.OriginalLength);
        json.WriteString("expected", cx.Expected);
        json.WriteString("actual", cx.Actual);
        Strings(json, "sequence", cx.ReplayText.TrimEnd('\n').Split('\n'));
        json.WriteString("replayCommand", ReplayHint.Command(c, cx));
        Strings(json, "trace", cx.Trace);
        json.WriteString("xunitTest", ReproductionTest.For(report, c));
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
