using System.Globalization;

namespace PmemSpec.Operations;

/// <summary>The parsed <c>name=value</c> arguments of one operation line; reading one that is absent or malformed is an error.</summary>
internal sealed class OpArguments(string op, Dictionary<string, string> values)
{
    public long Long(string name) =>
        long.TryParse(Required(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
        : throw new FormatException($"{op}: argument '{name}' must be an integer, not '{values[name]}'");

    public int Int(string name) =>
        int.TryParse(Required(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
        : throw new FormatException($"{op}: argument '{name}' must be a 32-bit integer, not '{values[name]}'");

    public bool Bool(string name) =>
        bool.TryParse(Required(name), out var v) ? v : throw new FormatException($"{op}: argument '{name}' must be true or false, not '{values[name]}'");

    public TEnum Enum<TEnum>(string name, TEnum fallback) where TEnum : struct, Enum
    {
        if (!values.TryGetValue(name, out var text)) return fallback;
        return System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var v) && System.Enum.IsDefined(v) ? v
            : throw new FormatException($"{op}: argument '{name}' must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}, not '{text}'");
    }

    public void RejectUnknown(params string[] known)
    {
        var extra = values.Keys.FirstOrDefault(k => !known.Contains(k));
        if (extra is not null) throw new FormatException($"{op}: unknown argument '{extra}' (takes {(known.Length == 0 ? "none" : string.Join(", ", known))})");
    }

    private string Required(string name) =>
        values.TryGetValue(name, out var v) ? v : throw new FormatException($"{op}: missing argument '{name}'");
}
