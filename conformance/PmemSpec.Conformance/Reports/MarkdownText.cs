using PmemSpec.Conformance.Runner;

namespace PmemSpec.Conformance.Reports;

/// <summary>Escaping and anchors for the Markdown report.</summary>
internal static class MarkdownText
{
    /// <summary>Text safe inside a table cell: pipes escaped, line breaks flattened.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    /// <summary>Text safe inside inline code: backticks cannot close it early.</summary>
    public static string Code(string text) => text.Contains('`', StringComparison.Ordinal) ? $"`` {text} ``" : $"`{text}`";

    /// <summary>The heading text of a violation section.</summary>
    public static string Heading(CandidateResult c, Counterexample cx) => $"{c.Name}: {cx.Invariant.Id}";

    /// <summary>The GitHub-style anchor of <see cref="Heading"/>: lower case, spaces to dashes, punctuation dropped.</summary>
    public static string Anchor(CandidateResult c, Counterexample cx) =>
        new([.. Heading(c, cx).ToLowerInvariant().Where(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or ' ').Select(ch => ch == ' ' ? '-' : ch)]);
}
