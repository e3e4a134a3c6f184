using System.Globalization;
using Microsoft.CodeAnalysis;

namespace PmemSpec.Conformance.Candidates;

/// <summary>Compile errors in the form compilers and editors understand: <c>file(line,col): error CSxxxx: message</c>.</summary>
internal static class DiagnosticText
{
    /// <summary>The errors among <paramref name="diagnostics"/>, ordered by file, line and column.</summary>
    public static IReadOnlyList<string> Errors(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => (Span: d.Location.GetLineSpan(), Diagnostic: d))
            .OrderBy(e => e.Span.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Span.StartLinePosition)
            .Select(e => Format(e.Span, e.Diagnostic))
            .ToList();

    private static string Format(FileLinePositionSpan span, Diagnostic d)
    {
        var message = d.GetMessage(CultureInfo.InvariantCulture);
        if (!span.IsValid) return $"error {d.Id}: {message}";
        var start = span.StartLinePosition;
        return $"{span.Path}({start.Line + 1},{start.Character + 1}): error {d.Id}: {message}";
    }
}
