using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using PmemSpec.Dax;
using PmemSpec.Generators.Sequences;
using PmemSpec.Operations;
using PmemSpec.Reference;

namespace PmemSpec.Generators.Tests.Sequences;

/// <summary>Fixed-seed samples of generated sequences per reference profile, shared by the generator tests.</summary>
internal static class ProfileSamples
{
    public const int Count = 300;
    public const int MaxOps = 30;
    private const int Size = 50;
    private static readonly ConcurrentDictionary<string, OpSequence[]> Cache = new(StringComparer.Ordinal);

    public static TheoryData<string> Names => new(ReferenceProfiles.All.Select(p => p.Name));

    public static DeviceProfile Profile(string name) => ReferenceProfiles.Find(name) ?? throw new ArgumentException(name);

    public static DaxTraits Traits(DeviceProfile profile) => profile.Create(profile.NewKernel()).Traits;

    public static OpSequence[] Of(string name) => Cache.GetOrAdd(name, n => Sample(Profile(n), 20261124UL, Count));

    public static OpSequence[] Sample(DeviceProfile profile, ulong seed, int count, int maxOps = MaxOps) =>
        SequenceGen.For(profile, Traits(profile), maxOps).Sample(count, new Rnd(seed, 1442695040888963407UL), Size);

    public static IEnumerable<DeviceOp> Ops(string name) => Of(name).SelectMany(s => s.Ops);
}
