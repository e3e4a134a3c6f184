using System.Reflection;
using PmemSpec.Conformance.Reports;

namespace PmemSpec.Cli;

/// <summary>Writes the report files of one check: Markdown for people, JSON for machines and replay, JUnit XML for CI.</summary>
internal static class ReportFiles
{
    /// <summary>The kit's version as reports state it (the CLI assembly's informational version, without a source hash).</summary>
    public static string KitVersion { get; } =
        (typeof(ReportFiles).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Writes each format into <paramref name="folder"/>; returns false after printing why it could not.</summary>
    /// <remarks>Context: process; creates the folder; overwrites earlier files of the same names.</remarks>
    public static bool Write(CheckReport report, string folder, IReadOnlyList<string> formats, TextWriter output, TextWriter error)
    {
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var format in formats)
            {
                var (name, text) = Render(report, format);
                File.WriteAllText(Path.Combine(folder, name), text);
                output.WriteLine($"report: {Path.Combine(folder, name)}");
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CliOptions.Fail(error, $"cannot write the report into '{folder}': {e.Message}");
            return false;
        }
    }

    private static (string Name, string Text) Render(CheckReport report, string format) => format switch
    {
        "md" => ("pmemspec-report.md", MarkdownReport.Write(report)),
        "json" => ("pmemspec-report.json", JsonReport.Write(report)),
        "junit" => ("pmemspec-report.junit.xml", JunitReport.Write(report)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown report format"),
    };
}
