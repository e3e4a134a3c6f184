using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PmemSpec.Conformance.Reports;

/// <summary>
/// The report for machines and replay: JSON with a versioned schema (<see cref="Schema"/>) that holds
/// everything needed to reproduce each violation — candidate, profile, era, seed, invariant and the
/// minimal sequence — plus the ready-to-paste xunit test.
/// </summary>
public static class JsonReport
{
    /// <summary>The schema this kit writes and reads.</summary>
    public const string Schema = "pmemspec-report/1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report as indented JSON (LF line ends, a final newline); the same report gives the same text.</summary>
    public static string Write(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options)) JsonReportWriter.Write(json, report);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reads a report file written by <see cref="Write"/>.</summary>
    /// <exception cref="ReportFormatException">The file is missing, not JSON, of another schema, or lacks a field; the message names the file and the problem.</exception>
    public static ReportedRun Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportFormatException(path, $"cannot read the file: {e.Message}", e);
        }
        return Parse(text, path);
    }

    /// <summary>Parses report JSON; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="ReportFormatException">The text is not JSON, of another schema, or lacks a field.</exception>
    public static ReportedRun Parse(string json, string source = "<report>")
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonReportReader.Read(json, source);
    }
}
