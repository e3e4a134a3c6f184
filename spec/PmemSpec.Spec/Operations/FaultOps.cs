namespace PmemSpec.Operations;

/// <summary>Turns memory pressure on (every page allocation fails) or off.</summary>
public sealed record MemoryPressureOp(bool On) : DeviceOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [new("on", On ? "true" : "false")];
}

/// <summary>Injects a media error: marks sectors bad in the disk's badblocks.</summary>
public sealed record MediaErrorOp(long Sector, long Sectors) : DeviceOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [OpArgument.Of("sector", Sector), OpArgument.Of("sectors", Sectors)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications() => Sectors > 1 ? [this with { Sectors = 1 }] : [];
}

/// <summary>Removes the device: kill_dax, so every later direct_access must fail with -ENXIO (era C).</summary>
public sealed record RemoveDeviceOp : DeviceOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [];
}
