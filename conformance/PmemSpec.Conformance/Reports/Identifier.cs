using System.Text;

namespace PmemSpec.Conformance.Reports;

/// <summary>C# identifiers made from names in reports (<c>brd-two-pages</c> → <c>BrdTwoPages</c>).</summary>
internal static class Identifier
{
    /// <summary>Letters and digits kept, each word capitalised, the rest dropped; never starts with a digit.</summary>
    public static string Pascal(string name)
    {
        var text = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }
            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        if (text.Length == 0 || char.IsAsciiDigit(text[0])) text.Insert(0, "Candidate");
        return text.ToString();
    }

    /// <summary>An invariant ID as part of a method name (<c>DAXARG-011</c> → <c>DAXARG_011</c>).</summary>
    public static string Underscored(string id) => new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
}
