namespace PmemSpec.Spec.Tests.Dax;

/// <summary>
/// The eras by wrapper, written out from domain §1 rather than derived from
/// <see cref="EraRules"/>, so a wrong rule switch cannot hide behind its own oracle.
/// </summary>
public static class DaxEras
{
    /// <summary>Eras A and B: <c>bdev_direct_access</c> in bytes (v4.0–v4.11).</summary>
    public static TheoryData<Era> Sector => new() { Era.V4_1, Era.V4_4, Era.V4_6, Era.V4_9 };

    /// <summary>Era C: <c>dax_direct_access</c> in pages (v4.12+).</summary>
    public static TheoryData<Era> Page => new() { Era.V4_12, Era.V4_15, Era.V4_19, Era.V5_10, Era.V6_1 };
}
