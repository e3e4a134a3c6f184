using PmemSpec.Operations;

namespace PmemSpec.Generators.Sequences;

/// <summary>
/// Deterministic greedy shrinking of a failing sequence: remove chunks (halves, quarters, … single
/// operations) until no removal still fails, then simplify each operation's arguments with
/// <see cref="DeviceOp.Simplifications"/>, then remove again, until nothing changes or the attempt
/// budget is spent. A well-formed sequence stays well formed: no candidate loses the direct_access
/// a DAX load or store depends on.
/// </summary>
public static class SequenceShrinker
{
    /// <summary>
    /// The smallest sequence found for which <paramref name="stillFails"/> holds; <paramref name="failing"/>
    /// itself (the same instance) when nothing smaller fails. Calls the predicate at most
    /// <paramref name="maxAttempts"/> times, never with an empty sequence.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">maxAttempts is negative.</exception>
    public static IReadOnlyList<DeviceOp> Shrink(IReadOnlyList<DeviceOp> failing,
        Func<IReadOnlyList<DeviceOp>, bool> stillFails, int maxAttempts = 2000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxAttempts);
        var trial = new ShrinkTrial(stillFails, maxAttempts, DaxWellFormedness.Holds(failing));
        var current = RemoveChunks(failing, trial);
        while (!trial.Exhausted)
        {
            var simplified = SimplifyArguments(current, trial);
            if (ReferenceEquals(simplified, current)) break;
            current = RemoveChunks(simplified, trial);
        }
        return current;
    }

    private static IReadOnlyList<DeviceOp> RemoveChunks(IReadOnlyList<DeviceOp> ops, ShrinkTrial trial)
    {
        var current = ops;
        IReadOnlyList<DeviceOp> before;
        do
        {
            before = current;
            for (var size = Math.Max(1, current.Count / 2); size >= 1 && !trial.Exhausted; size /= 2)
                current = RemovePass(current, size, trial);
        }
        while (!ReferenceEquals(before, current) && !trial.Exhausted);
        return current;
    }

    private static IReadOnlyList<DeviceOp> RemovePass(IReadOnlyList<DeviceOp> ops, int size, ShrinkTrial trial)
    {
        var current = ops;
        for (var i = 0; i < current.Count && !trial.Exhausted;)
        {
            DeviceOp[] candidate = [.. current.Take(i), .. current.Skip(i + size)];
            if (trial.StillFails(candidate)) current = candidate;
            else i += size;
        }
        return current;
    }

    private static IReadOnlyList<DeviceOp> SimplifyArguments(IReadOnlyList<DeviceOp> ops, ShrinkTrial trial)
    {
        var current = ops;
        for (var i = 0; i < current.Count && !trial.Exhausted; i++)
        {
            while (SimplifyOnce(current, i, trial) is { } simpler) current = simpler;
        }
        return current;
    }

    private static DeviceOp[]? SimplifyOnce(IReadOnlyList<DeviceOp> ops, int index, ShrinkTrial trial)
    {
        foreach (var simpler in ops[index].Simplifications())
        {
            if (trial.Exhausted) return null;
            if (simpler == ops[index]) continue;
            DeviceOp[] candidate = [.. ops];
            candidate[index] = simpler;
            if (trial.StillFails(candidate)) return candidate;
        }
        return null;
    }
}
