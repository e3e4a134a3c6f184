using System.Globalization;
using System.Xml;
using PmemSpec.Invariants;

namespace PmemSpec.Conformance.Reports;

/// <summary>One candidate's <c>testsuite</c>: a <c>testcase</c> per checked invariant, the broken one failing.</summary>
internal sealed class JunitSuite
{
    private readonly CheckReport report;
    private readonly CandidateResult candidate;
    private readonly IReadOnlyList<Invariant> cases;
    private readonly IReadOnlyList<Invariant> skipped;

    public JunitSuite(CheckReport report, CandidateResult candidate)
    {
        this.report = report;
        this.candidate = candidate;
        var broken = candidate.Report.Counterexample?.Invariant;
        cases = broken is null || candidate.Checked.Any(i => i.Id == broken.Id) ? candidate.Checked : [broken, .. candidate.Checked];
        var selected = InvariantCatalogue.Select(report.Options.Invariants ?? [], out _);
        skipped = [.. selected.Where(i => !i.HoldsIn(candidate.Report.Era) && cases.All(c => c.Id != i.Id))];
    }

    public int Tests => cases.Count + skipped.Count;

    public int Failures => candidate.Report.Conforms ? 0 : 1;

    public int Skipped => skipped.Count;

    public void Write(XmlWriter xml)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", candidate.Name);
        JunitReport.Counts(xml, Tests, Failures, Skipped);
        if (report.IncludeTimings) xml.WriteAttributeString("time", JunitReport.Seconds(candidate.Report.Elapsed.TotalSeconds));
        Properties(xml);
        foreach (var invariant in cases) Case(xml, invariant);
        foreach (var invariant in skipped) Skip(xml, invariant);
        xml.WriteElementString("system-out", SystemOut());
        xml.WriteEndElement();
    }

    private void Properties(XmlWriter xml)
    {
        xml.WriteStartElement("properties");
        Property(xml, "profile", candidate.Report.Profile);
        Property(xml, "era", candidate.Report.Era.Display());
        Property(xml, "seed", report.Options.Seed.ToString(CultureInfo.InvariantCulture));
        if (candidate.TypeName is { } type) Property(xml, "type", type);
        if (candidate.Source is { } source) Property(xml, "source", source);
        Property(xml, "stops-at-first-violation", "true");
        xml.WriteEndElement();
    }

    private void Case(XmlWriter xml, Invariant invariant)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", $"pmemspec.{candidate.Name}");
        xml.WriteAttributeString("name", $"{invariant.Id} {invariant.Statement}");
        if (candidate.Report.Counterexample is { } cx && cx.Invariant.Id == invariant.Id)
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("message", $"expected {cx.Expected}, actual {cx.Actual}");
            xml.WriteAttributeString("type", candidate.Kind.Text());
            xml.WriteString($"{invariant.Id}: {invariant.Statement} ({invariant.Source})\n\n{ReplayHint.Command(candidate, cx)}\n\n{cx.ReplayText}");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private void Skip(XmlWriter xml, Invariant invariant)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", $"pmemspec.{candidate.Name}");
        xml.WriteAttributeString("name", $"{invariant.Id} {invariant.Statement}");
        xml.WriteStartElement("skipped");
        xml.WriteAttributeString("message", $"holds in {invariant.Eras}, not in {candidate.Report.Era.Display()}");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private string SystemOut() => candidate.Report.Counterexample is { } cx
        ? string.Create(CultureInfo.InvariantCulture,
            $"{cx.Invariant.Id} broke {Where()}; the runner stops at the first violation, so the other invariants held in every step up to it and were not checked after it.")
        : string.Create(CultureInfo.InvariantCulture,
            $"{candidate.Report.Sequences} sequences, {candidate.Report.Operations} operations: every checked invariant held in every step.");

    private string Where() => candidate.Report.Sequences == 0
        ? "before any sequence ran (on a fresh device)"
        : string.Create(CultureInfo.InvariantCulture, $"in sequence {candidate.Report.Sequences}");

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
