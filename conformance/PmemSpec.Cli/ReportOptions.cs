using System.CommandLine;

namespace PmemSpec.Cli;

/// <summary><c>--report DIR</c>, <c>--format</c> and <c>--quiet</c>: where the report files go, which, and whether progress is shown.</summary>
internal sealed class ReportOptions
{
    private static readonly string[] Known = ["md", "json", "junit"];

    public Option<string?> Report { get; } = new("--report")
    {
        Description = "Write report files into this folder (created if missing): pmemspec-report.md, .json, .junit.xml. Same seed, byte-identical files.",
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Report formats for --report, any of md,json,junit (comma-separated).",
        DefaultValueFactory = _ => "md,json,junit",
    };

    public Option<bool> Quiet { get; } = new("--quiet")
    {
        Description = "No progress on stderr (progress is shown only when stderr is a terminal and a run takes over a second).",
    };

    /// <summary>The formats asked for, or null after printing the unknown one.</summary>
    public IReadOnlyList<string>? Formats(ParseResult parse, TextWriter error)
    {
        var formats = (parse.GetValue(Format) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (formats.FirstOrDefault(f => !Known.Contains(f)) is { } unknown)
        {
            CliOptions.Fail(error, $"unknown report format '{unknown}' (any of md,json,junit)");
            return null;
        }
        if (formats.Length > 0) return formats.Distinct().ToList();
        CliOptions.Fail(error, "--format names no format (any of md,json,junit)");
        return null;
    }
}
