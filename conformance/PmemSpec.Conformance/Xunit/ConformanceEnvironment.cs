using System.Globalization;
using PmemSpec.Conformance.Runner;

namespace PmemSpec.Conformance.Xunit;

/// <summary>CI overrides of a conformance class's run: <c>PMEMSPEC_SEED</c>, <c>PMEMSPEC_SEQUENCES</c>, <c>PMEMSPEC_MAX_OPS</c>.</summary>
internal static class ConformanceEnvironment
{
    /// <summary><paramref name="defaults"/> with each variable that is set applied.</summary>
    /// <exception cref="InvalidOperationException">A variable is set but is not a positive whole number.</exception>
    public static RunOptions Options(RunOptions defaults) => defaults with
    {
        Seed = Read("PMEMSPEC_SEED") is { } seed ? (ulong)seed : defaults.Seed,
        Sequences = Read("PMEMSPEC_SEQUENCES") is { } n ? (int)Math.Min(n, int.MaxValue) : defaults.Sequences,
        MaxOps = Read("PMEMSPEC_MAX_OPS") is { } m ? (int)Math.Min(m, int.MaxValue) : defaults.MaxOps,
    };

    private static long? Read(string name)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0) return value;
        throw new InvalidOperationException($"environment variable {name}='{text}' is not a positive whole number");
    }
}
