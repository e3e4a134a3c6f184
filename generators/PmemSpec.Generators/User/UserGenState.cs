using System.Collections.Immutable;
using PmemSpec.Operations;
using PmemSpec.Operations.User;

namespace PmemSpec.Generators.User;

/// <summary>
/// What the user-sequence generator believes after the steps drawn so far: the processes and their
/// mappings (by label), the pins held, and whether the device was removed or memory is short. It
/// never runs anything; a step it got wrong is skipped by the runner.
/// </summary>
/// <param name="Maps">Mappings by process label, then by mapping label.</param>
/// <param name="Pins">Pin labels held.</param>
/// <param name="Next">The next free label (processes, mappings and pins share one counter).</param>
/// <param name="Removed">RemoveDevice was drawn.</param>
/// <param name="Pressure">Memory pressure is on.</param>
internal sealed record UserGenState(ImmutableSortedDictionary<int, ImmutableSortedDictionary<int, GenMap>> Maps,
    ImmutableSortedSet<int> Pins, int Next, bool Removed, bool Pressure)
{
    /// <summary>One process, labelled 0, with no mappings.</summary>
    public static UserGenState Initial { get; } =
        new(ImmutableSortedDictionary<int, ImmutableSortedDictionary<int, GenMap>>.Empty.Add(0, ImmutableSortedDictionary<int, GenMap>.Empty), [], 1, Removed: false, Pressure: false);

    /// <summary>Every (process, mapping) pair.</summary>
    public ImmutableArray<(int Proc, int Map, GenMap M)> AllMaps =>
        [.. Maps.SelectMany(p => p.Value.Select(m => (p.Key, m.Key, m.Value)))];

    /// <summary>The state after <paramref name="op"/>.</summary>
    public UserGenState After(DeviceOp op) => op switch
    {
        MmapOp m => this with { Maps = Maps.SetItem(m.Proc, Maps[m.Proc].SetItem(m.Map, new GenMap(m.Pgoff, m.Pages, m.Shared, m.Writable))), Next = Next + 1 },
        MunmapOp u => this with { Maps = Maps.SetItem(u.Proc, Maps[u.Proc].Remove(u.Map)) },
        ForkOp f => this with { Maps = Maps.Add(f.Child, Maps[f.Proc]), Next = Next + 1 },
        PinOp p => this with { Pins = Pins.Add(p.Pin), Next = Next + 1 },
        LongtermPinOp p => this with { Pins = Pins.Add(p.Pin), Next = Next + 1 },
        UnpinOp u => this with { Pins = Pins.Remove(u.Pin) },
        MemoryPressureOp p => this with { Pressure = p.On },
        RemoveDeviceOp => this with { Removed = true },
        _ => this,
    };
}
