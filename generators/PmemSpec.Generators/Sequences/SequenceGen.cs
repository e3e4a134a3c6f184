using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Dax;
using PmemSpec.Operations;

namespace PmemSpec.Generators.Sequences;

/// <summary>
/// Generates device operation sequences for a profile. Each next operation is drawn from what the
/// operations before it make valid and interesting (the generator threads a state through the
/// draw): DAX loads and stores only at pages a direct_access probably mapped, nothing but
/// direct_access, reads and flushes after RemoveDevice; mostly in-range sectors and pages, some
/// at the edges, a few out of range; weighted by the device's declared traits.
/// </summary>
public static class SequenceGen
{
    /// <summary>
    /// Sequences of 1 to <paramref name="maxOps"/> operations for <paramref name="profile"/>, whose
    /// device declares <paramref name="traits"/>. The sequences carry the profile name; era and
    /// seed are left null (the profile's era; the runner records the seed).
    /// </summary>
    /// <remarks>A pure FsCheck generator: the same seed and size give the same sequences.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">maxOps below 1, or a partition without a whole page.</exception>
    public static Gen<OpSequence> For(DeviceProfile profile, DaxTraits traits, int maxOps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxOps, 1);
        var target = SequenceTarget.Of(profile, traits);
        return Gen.Choose(1, maxOps)
            .SelectMany(n => Steps(target, GenState.Initial, n))
            .Select(ops => new OpSequence(profile.Name, null, null, ImmutableList.CreateRange(ops)));
    }

    // Each operation is drawn in the state the ones before it leave; the rest is pushed onto a
    // stack (a cons list: one node per operation) and turned into a list once, at the end.
    private static Gen<ImmutableStack<DeviceOp>> Steps(SequenceTarget t, GenState s, int left) =>
        left == 0 ? Gen.Constant(ImmutableStack<DeviceOp>.Empty)
            : NextOpGen.For(t, s).SelectMany(op => Steps(t, s.After(op, t), left - 1).Select(rest => rest.Push(op)));
}
