using System.Globalization;
using System.Text;
using System.Xml;

namespace PmemSpec.Conformance.Reports;

/// <summary>
/// The report for CI: JUnit XML with one <c>testsuite</c> per candidate and one <c>testcase</c> per
/// checked invariant. The broken invariant fails; the others pass — the runner stops at the first
/// violation, so they held in every step up to it, which each suite's <c>system-out</c> says;
/// invariants of the filter that do not hold in the candidate's era are <c>skipped</c>.
/// </summary>
public static class JunitReport
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        Encoding = new UTF8Encoding(false),
    };

    /// <summary>The report as JUnit XML (UTF-8, LF line ends); the same report gives the same text.</summary>
    public static string Write(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var suites = report.Candidates.Select(c => new JunitSuite(report, c)).ToList();
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "pmemspec");
            Counts(xml, suites.Sum(s => s.Tests), suites.Sum(s => s.Failures), suites.Sum(s => s.Skipped));
            if (report.IncludeTimings) xml.WriteAttributeString("time", Seconds(report.Candidates.Sum(c => c.Report.Elapsed.TotalSeconds)));
            foreach (var suite in suites) suite.Write(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    internal static void Counts(XmlWriter xml, int tests, int failures, int skipped)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", skipped.ToString(CultureInfo.InvariantCulture));
    }

    internal static string Seconds(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);
}
