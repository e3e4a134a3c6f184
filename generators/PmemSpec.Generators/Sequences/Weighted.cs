using FsCheck;
using FsCheck.Fluent;

namespace PmemSpec.Generators.Sequences;

/// <summary>
/// Weighted choices, like <c>Gen.Frequency</c> but several times cheaper to build, which matters
/// because the sequence generator builds its choices afresh for every step. Weights of 0 never win.
/// </summary>
internal static class Weighted
{
    /// <summary>One of the generators, with probability proportional to its weight.</summary>
    public static Gen<T> Pick<T>(params (int Weight, Gen<T> Gen)[] choices) => Roll(choices).SelectMany(gen => gen);

    /// <summary>Like <see cref="Pick{T}"/>, but builds only the generator that was drawn.</summary>
    public static Gen<T> Build<T>(params (int Weight, Func<Gen<T>> Make)[] choices) => Roll(choices).SelectMany(make => make());

    private static Gen<TItem> Roll<TItem>((int Weight, TItem Item)[] choices)
    {
        var total = 0;
        var negative = false;
        foreach (var (weight, _) in choices)
        {
            total += weight;
            negative |= weight < 0;
        }
        if (total <= 0 || negative)
            throw new ArgumentException("weights must be non-negative with a positive total", nameof(choices));
        return Gen.Choose(0, total - 1).Select(roll => Nth(choices, roll));
    }

    private static TItem Nth<TItem>((int Weight, TItem Item)[] choices, int roll)
    {
        foreach (var (weight, item) in choices)
        {
            if (roll < weight) return item;
            roll -= weight;
        }
        throw new InvalidOperationException("roll past the total weight");
    }
}
