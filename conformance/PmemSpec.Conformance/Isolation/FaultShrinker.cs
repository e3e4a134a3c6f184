using PmemSpec.Generators.Sequences;
using PmemSpec.Operations;

namespace PmemSpec.Conformance.Isolation;

/// <summary>
/// Shrinks a sequence that kills, hangs or exits its worker, each try in a fresh process: first the
/// shortest failing prefix (bisection), then <see cref="SequenceShrinker"/> with what is left of the
/// run budget. Only a try that fails the same way counts.
/// </summary>
internal sealed class FaultShrinker(Func<IReadOnlyList<DeviceOp>, WorkerOutcome> replay, string kind, int budget)
{
    private int runs;

    /// <summary>The detail of the last try that failed the same way (the minimal sequence's, once shrinking ends).</summary>
    public string? Detail { get; private set; }

    /// <summary>The minimal sequence, and whether <paramref name="ops"/> failed the same way on its own at all.</summary>
    public (IReadOnlyList<DeviceOp> Ops, bool Reproduced) Shrink(IReadOnlyList<DeviceOp> ops)
    {
        if (!Fails(ops)) return (ops, false);
        var prefix = ops.Take(ShortestPrefix(ops)).ToList();
        var shrunk = prefix.Count <= 1 ? prefix : SequenceShrinker.Shrink(prefix, Fails, Math.Max(0, budget - runs));
        return (shrunk, true);
    }

    /// <summary>Bisection between the empty prefix (the device was built fine) and the whole sequence (fails).</summary>
    private int ShortestPrefix(IReadOnlyList<DeviceOp> ops)
    {
        var (passes, fails) = (0, ops.Count);
        while (fails - passes > 1)
        {
            var middle = (passes + fails) / 2;
            if (Fails(ops.Take(middle).ToList())) fails = middle;
            else passes = middle;
        }
        return fails;
    }

    private bool Fails(IReadOnlyList<DeviceOp> ops)
    {
        if (runs >= budget) return false;
        runs++;
        var outcome = replay(ops);
        if (outcome.Kind != kind) return false;
        Detail = outcome.FaultKind is null ? Detail : outcome.FaultDetail;
        return true;
    }
}
