using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Model.User;
using PmemSpec.Operations;

namespace PmemSpec.Generators.User;

/// <summary>
/// Generates user-level sequences over a raw DAX block device: processes mapping the device shared
/// and private, loading, storing, forking, tracing, doing O_DIRECT with a buffer in a mapping,
/// pinning, mixed with block I/O, memory pressure, poison, resize and removal. Each step is drawn
/// from what the steps before it make valid (the generator threads a state through the draw).
/// Shrink failing ones with <see cref="Sequences.SequenceShrinker"/>: the runner skips a step that
/// names a process, mapping or pin that no longer exists, so every candidate stays meaningful.
/// </summary>
public static class UserSequenceGen
{
    /// <summary>Sequences of 1 to <paramref name="maxOps"/> steps for the device <paramref name="facts"/> describes, carrying its profile name.</summary>
    /// <remarks>A pure FsCheck generator: the same seed and size give the same sequences.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">maxOps below 1, or a device without a page.</exception>
    public static Gen<OpSequence> For(UserFacts facts, int maxOps)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxOps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(facts.DevicePages, 1);
        var target = UserGenTarget.Of(facts);
        return Gen.Choose(1, maxOps)
            .SelectMany(n => Steps(target, UserGenState.Initial, n))
            .Select(ops => new OpSequence(facts.Profile, facts.Era, null, ops));
    }

    private static Gen<ImmutableList<DeviceOp>> Steps(UserGenTarget t, UserGenState s, int left) =>
        left == 0 ? Gen.Constant(ImmutableList<DeviceOp>.Empty)
            : UserNextOpGen.For(t, s).SelectMany(op => Steps(t, s.After(op), left - 1).Select(rest => rest.Insert(0, op)));
}
