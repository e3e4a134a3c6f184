namespace PmemSpec.Model.User;

/// <summary>
/// The oracle of user-level sequences over a raw DAX block device: the device's bytes (learnt from
/// the block path before anything could change them, then moved on by each step), the other disk's
/// bytes, every process's mappings and private copies, the pins held, poisoned pages, the device's
/// size, memory pressure and removal. Each step moves it on by what the step returned.
/// </summary>
public sealed partial class UserModel
{
    private readonly Dictionary<long, byte[]> device = [];
    private readonly Dictionary<long, byte[]> other = [];

    /// <summary>A model with one process, labelled 0, and no mappings.</summary>
    public UserModel(UserFacts facts)
    {
        Facts = facts;
        SizePages = facts.DevicePages;
        Processes[0] = [];
    }

    /// <summary>The device.</summary>
    public UserFacts Facts { get; }

    /// <summary>Processes by label, each with its mappings by label.</summary>
    public Dictionary<int, Dictionary<int, ModelMapping>> Processes { get; } = [];

    /// <summary>Pins held, by label: the process, mapping and pages pinned.</summary>
    public Dictionary<int, (int Proc, int Map, long Page, long Pages)> Pins { get; } = [];

    /// <summary>Device pages memory_failure was called on.</summary>
    public HashSet<long> Poisoned { get; } = [];

    /// <summary>The device's size in pages now (a resize changes it).</summary>
    public long SizePages { get; private set; }

    /// <summary>Memory pressure is on: allocations fail.</summary>
    public bool Pressure { get; private set; }

    /// <summary>RemoveDevice ran.</summary>
    public bool Removed { get; private set; }

    /// <summary>True when the device's bytes at <paramref name="pgoff"/> are known.</summary>
    public bool Knows(long pgoff) => device.ContainsKey(pgoff);

    /// <summary>Records a device page's bytes as read through the block path before any step could change them.</summary>
    public void Learn(long pgoff, byte[] bytes) => device.TryAdd(pgoff, bytes);

    /// <summary>Records an other-disk page's initial bytes.</summary>
    public void LearnOther(long page, byte[] bytes) => other.TryAdd(page, bytes);

    /// <summary>The device's bytes at <paramref name="pgoff"/>, or null when never learnt.</summary>
    public byte[]? DevicePage(long pgoff) => device.GetValueOrDefault(pgoff);

    /// <summary>The other disk's bytes at <paramref name="page"/>, or null when never learnt.</summary>
    public byte[]? OtherPage(long page) => other.GetValueOrDefault(page);

    /// <summary>The mapping, or null when the process or mapping does not exist.</summary>
    public ModelMapping? Mapping(int proc, int map) =>
        Processes.TryGetValue(proc, out var maps) && maps.TryGetValue(map, out var m) ? m : null;

    /// <summary>What a process sees at a page of a mapping: its private copy, else the device page (null when unknown).</summary>
    public byte[]? View(int proc, int map, long page) =>
        Mapping(proc, map) is not { } m || m.Uncertain.Contains(page) ? null
        : m.Copies.TryGetValue(page, out var copy) ? copy : DevicePage(m.PgoffOf(page));

    /// <summary>True when the device page is in range and not poisoned, the device alive, memory not short: an access must complete.</summary>
    public bool MustComplete(long pgoff) => !Removed && pgoff < SizePages && pgoff < Facts.DevicePages && !Poisoned.Contains(pgoff) && !Pressure;
}
