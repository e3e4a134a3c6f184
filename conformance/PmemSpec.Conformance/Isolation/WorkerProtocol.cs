using System.Text.Json;
using System.Text.Json.Serialization;

namespace PmemSpec.Conformance.Isolation;

/// <summary>The JSON forms of <see cref="WorkerMessage"/> lines and <see cref="WorkerRequest"/> files.</summary>
internal static class WorkerProtocol
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Line(WorkerMessage message) => JsonSerializer.Serialize(message, Json);

    /// <summary>The message on a line, or null for a line that is not one (a candidate writing to stdout directly).</summary>
    public static WorkerMessage? Parse(string line)
    {
        if (!line.StartsWith('{')) return null;
        try
        {
            return JsonSerializer.Deserialize<WorkerMessage>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Request(WorkerRequest request) => JsonSerializer.Serialize(request, Json);

    public static WorkerRequest ReadRequest(string path) =>
        JsonSerializer.Deserialize<WorkerRequest>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: an empty worker request");
}
