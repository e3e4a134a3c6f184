using System.Text.Json;

namespace PmemSpec.Conformance.Reports;

/// <summary>A JSON value in a report with its path (<c>candidates[0].violation</c>), so every error says where it is.</summary>
internal readonly record struct ReportNode(JsonElement Element, string Path, string Source)
{
    public ReportFormatException Error(string problem) =>
        new(Source, Path.Length == 0 ? problem : $"{Path}: {problem}", null);

    public bool Has(string name) => Element.TryGetProperty(name, out _);

    public ReportNode Field(string name, JsonValueKind kind)
    {
        if (Element.ValueKind != JsonValueKind.Object) throw Error($"expected an object, found {Describe(Element.ValueKind)}");
        if (!Element.TryGetProperty(name, out var value)) throw Error($"missing field '{name}'");
        var node = new ReportNode(value, Path.Length == 0 ? name : $"{Path}.{name}", Source);
        return value.ValueKind == kind
            ? node
            : throw node.Error($"expected {Describe(kind)}, found {Describe(value.ValueKind)}");
    }

    public ReportNode? OptionalObject(string name) => Field(name).ValueKind == JsonValueKind.Null ? null : Field(name, JsonValueKind.Object);

    public string String(string name) => Field(name, JsonValueKind.String).Element.GetString()!;

    public string? OptionalString(string name) => Field(name).ValueKind == JsonValueKind.Null ? null : String(name);

    public int Int(string name)
    {
        var node = Field(name, JsonValueKind.Number);
        return node.Element.TryGetInt32(out var value) ? value : throw node.Error("expected a 32-bit integer");
    }

    public long Long(string name)
    {
        var node = Field(name, JsonValueKind.Number);
        return node.Element.TryGetInt64(out var value) ? value : throw node.Error("expected a 64-bit integer");
    }

    public ulong ULong(string name)
    {
        var node = Field(name, JsonValueKind.Number);
        return node.Element.TryGetUInt64(out var value) ? value : throw node.Error("expected an unsigned 64-bit integer");
    }

    public IReadOnlyList<ReportNode> Array(string name)
    {
        var node = Field(name, JsonValueKind.Array);
        var path = node.Path;
        var source = Source;
        return [.. node.Element.EnumerateArray().Select((e, i) => new ReportNode(e, $"{path}[{i}]", source))];
    }

    public IReadOnlyList<string> Strings(string name) =>
        [.. Array(name).Select(n => n.Element.ValueKind == JsonValueKind.String ? n.Element.GetString()! : throw n.Error($"expected a string, found {Describe(n.Element.ValueKind)}"))];

    private JsonElement Field(string name)
    {
        if (Element.ValueKind != JsonValueKind.Object) throw Error($"expected an object, found {Describe(Element.ValueKind)}");
        return Element.TryGetProperty(name, out var value) ? value : throw Error($"missing field '{name}'");
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
