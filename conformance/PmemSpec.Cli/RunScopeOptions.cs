using System.CommandLine;
using System.Globalization;
using PmemSpec.Conformance.Runner;

namespace PmemSpec.Cli;

/// <summary><c>--shard k/n</c> and <c>--time-budget</c>: which of the run's sequences this process runs, and for how long.</summary>
internal sealed class RunScopeOptions
{
    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "Run only shard k of n (1-based, e.g. 2/4): the sequences i with i mod n = k-1, for a CI matrix. The same seed splits the same way.",
    };

    public Option<double?> TimeBudget { get; } = new("--time-budget")
    {
        Description = "Seconds per profile or candidate after which no new sequence starts; the table shows how many ran.",
    };

    /// <summary><paramref name="options"/> with the shard and budget applied, or null after printing what is wrong.</summary>
    public RunOptions? Apply(ParseResult parse, RunOptions options, TextWriter error)
    {
        if (parse.GetValue(TimeBudget) is { } budget && !(budget > 0))
        {
            CliOptions.Fail(error, $"--time-budget must be a positive number of seconds, not {budget.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        options = options with { TimeBudget = parse.GetValue(TimeBudget) is { } b ? TimeSpan.FromSeconds(b) : null };
        if (parse.GetValue(Shard) is not { } shard) return options;
        var parts = shard.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && k >= 1 && k <= n)
            return options with { ShardIndex = k - 1, ShardCount = n };
        CliOptions.Fail(error, $"--shard '{shard}' must be k/n with 1 <= k <= n, e.g. 1/4");
        return null;
    }
}
