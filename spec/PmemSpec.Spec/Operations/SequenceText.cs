using System.Globalization;
using System.Text;

namespace PmemSpec.Operations;

/// <summary>
/// The textual sequence format a person can edit and replay: optional <c>key: value</c> headers
/// (<c>profile</c>, <c>era</c>, <c>seed</c>), then one operation per line; <c>#</c> starts a comment.
/// </summary>
public static class SequenceText
{
    /// <summary>The first line every formatted sequence starts with.</summary>
    public const string Magic = "# pmemspec sequence v1";

    /// <summary>Formats a sequence; <see cref="Parse"/> gives it back.</summary>
    public static string Format(OpSequence sequence)
    {
        var text = new StringBuilder().Append(Magic).Append('\n');
        if (sequence.Profile is { } profile) text.Append("profile: ").Append(profile).Append('\n');
        if (sequence.Era is { } era) text.Append("era: ").Append(era.Display()).Append('\n');
        if (sequence.Seed is { } seed) text.Append("seed: ").Append(seed.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var op in sequence.Ops) text.Append(op).Append('\n');
        return text.ToString();
    }

    /// <summary>Parses a sequence; errors name <paramref name="source"/> and the line.</summary>
    /// <exception cref="FormatException">With <c>source:line: message</c>.</exception>
    public static OpSequence Parse(string text, string source = "<sequence>")
    {
        string? profile = null;
        Era? era = null;
        ulong? seed = null;
        var ops = new List<DeviceOp>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = StripComment(lines[i]);
            if (line.Length == 0) continue;
            try
            {
                if (IsHeader(line, out var key, out var value))
                    ApplyHeader(key, value, ref profile, ref era, ref seed);
                else
                    ops.Add(DeviceOpParser.Parse(line));
            }
            catch (FormatException e)
            {
                throw new FormatException($"{source}:{i + 1}: {e.Message}", e);
            }
        }
        return new OpSequence(profile, era, seed, ops);
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return (hash >= 0 ? line[..hash] : line).Trim();
    }

    private static bool IsHeader(string line, out string key, out string value)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var paren = line.IndexOf('(', StringComparison.Ordinal);
        var isHeader = colon > 0 && (paren < 0 || colon < paren);
        key = isHeader ? line[..colon].Trim() : "";
        value = isHeader ? line[(colon + 1)..].Trim() : "";
        return isHeader;
    }

    private static void ApplyHeader(string key, string value, ref string? profile, ref Era? era, ref ulong? seed)
    {
        switch (key)
        {
            case "profile":
                profile = value;
                break;
            case "era":
                era = EraRules.TryParse(value, out var e) ? e : throw new FormatException($"unknown era '{value}' (known: {string.Join(", ", Enum.GetValues<Era>().Select(x => x.Display()))})");
                break;
            case "seed":
                seed = ulong.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : throw new FormatException($"seed must be an unsigned integer, not '{value}'");
                break;
            default:
                throw new FormatException($"unknown header '{key}' (known: profile, era, seed)");
        }
    }
}
