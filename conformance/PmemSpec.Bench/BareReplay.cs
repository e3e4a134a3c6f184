using PmemSpec.Dax;
using PmemSpec.Operations;

namespace PmemSpec.Bench;

/// <summary>
/// A set of executed sequences prepared for bare replay: every write's and store's bytes made in
/// advance (so the bare figure is the driver's cost alone), one scratch buffer for reads.
/// </summary>
internal sealed class BareReplay
{
    private readonly DeviceProfile profile;
    private readonly IReadOnlyList<IReadOnlyList<DeviceOp>> sequences;
    private readonly byte[]?[][] payloads;
    private readonly byte[] buffer = new byte[4096 * Units.SectorSize];

    /// <summary>Prepares <paramref name="sequences"/> (the operations the checked run executed) for <paramref name="profile"/>.</summary>
    public BareReplay(DeviceProfile profile, IReadOnlyList<IReadOnlyList<DeviceOp>> sequences)
    {
        this.profile = profile;
        this.sequences = sequences;
        payloads = [.. sequences.Select(ops => ops.Select(Payload).ToArray())];
    }

    /// <summary>Replays every sequence, each on a fresh driver.</summary>
    public void Run()
    {
        for (var s = 0; s < sequences.Count; s++)
        {
            var driver = new BareDriver(profile);
            var ops = sequences[s];
            for (var i = 0; i < ops.Count; i++) driver.Do(ops[i], payloads[s][i], buffer);
        }
    }

    private static byte[]? Payload(DeviceOp op) => op switch
    {
        WriteOp w => SeededBytes.Make(w.Seed, w.Sectors * Units.SectorSize),
        StoreViaDaxOp s => SeededBytes.Make(s.Seed, s.Length),
        _ => null,
    };
}
