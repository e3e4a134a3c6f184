namespace PmemSpec.Dax;

/// <summary>
/// Optional on a candidate driver checked by <c>pmemspec check PATH</c>: the era it is written
/// for, the device size the kit builds it with, and what the kit may do to it beyond block I/O and
/// direct_access. Without it the kit uses <see cref="EraRules.Default"/> (or <c>--era</c>),
/// <see cref="DefaultCapacitySectors"/> and no capabilities.
/// </summary>
/// <remarks>The kit reads the attribute from metadata; a candidate's code never runs in the kit's own process.</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DaxCandidateAttribute : Attribute
{
    /// <summary>The device size used when the attribute does not say: 2048 sectors (1 MiB).</summary>
    public const long DefaultCapacitySectors = 2_048;

    /// <summary>The kernel release whose rules apply; <c>--era</c> on the command line overrides it.</summary>
    public Era Era { get; set; } = EraRules.Default;

    /// <summary>Device size in 512-byte sectors, passed to a <c>(SimulatedKernel, long)</c> constructor.</summary>
    public long CapacitySectors { get; set; } = DefaultCapacitySectors;

    /// <summary>What the kit may do to the device (inject badblocks, remove it, page-granular I/O).</summary>
    public ProfileCapabilities Capabilities { get; set; }
}
