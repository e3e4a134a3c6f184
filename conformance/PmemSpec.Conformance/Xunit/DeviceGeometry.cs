namespace PmemSpec.Conformance.Xunit;

/// <summary>The size of the device the kit asks a conformance factory for.</summary>
/// <param name="CapacitySectors">Device size in 512-byte sectors; a whole number of 4 KiB pages.</param>
public sealed record DeviceGeometry(long CapacitySectors);
