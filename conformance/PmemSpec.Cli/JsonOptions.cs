using System.Text.Json;

namespace PmemSpec.Cli;

/// <summary>Shared JSON settings (stable, indented output).</summary>
internal static class JsonOptions
{
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true };
}
