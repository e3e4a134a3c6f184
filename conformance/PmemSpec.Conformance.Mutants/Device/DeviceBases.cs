using PmemSpec.Conformance.Mutants.Device.Brd;
using PmemSpec.Dax;
using PmemSpec.Reference;

namespace PmemSpec.Conformance.Mutants.Device;

/// <summary>The unmutated profiles the device mutants start from; each must pass the mutant run's options.</summary>
internal static class DeviceBases
{
    public static DeviceProfile Brd { get; } = Reference("brd");

    public static DeviceProfile BrdV412 { get; } = Reference("brd-v4.12");

    public static DeviceProfile Pmem { get; } = Reference("pmem");

    public static DeviceProfile Dcss { get; } = Reference("dcss");

    public static DeviceProfile DcssRo { get; } = Reference("dcss-ro");

    /// <summary>The reference brd in 6.1: no DAX (removed in v4.15), no discard, -ENOMEM under pressure.</summary>
    public static DeviceProfile Brd61 { get; } = Brd with
    {
        Name = "brd-6.1", Era = Era.V6_1, Description = "brd RAM disk in 6.1 (no DAX, no discard)",
    };

    /// <summary>The test copy of brd with no bug, in the eras its mutants use: the copy itself must conform.</summary>
    public static IReadOnlyList<DeviceProfile> BrdCopies { get; } =
    [
        .. new[] { Brd, BrdV412, Brd61 }.Select(p => p with
        {
            Name = $"{p.Name}-copy", Description = "the test copy of brd, no bug", Create = k => new MutantBrd(k, p.CapacitySectors, BrdBug.None),
        }),
    ];

    /// <summary>Every base.</summary>
    public static IReadOnlyList<DeviceProfile> All { get; } = [Brd, BrdV412, Pmem, Dcss, DcssRo, Brd61, .. BrdCopies];

    private static DeviceProfile Reference(string name) => ReferenceProfiles.Find(name) ?? throw new InvalidOperationException($"no reference profile {name}");
}
