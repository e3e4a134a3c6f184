namespace PmemSpec.Operations;

/// <summary>Block read of whole sectors at a partition-relative sector.</summary>
public sealed record ReadOp(long Sector, long Sectors) : DeviceOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [OpArgument.Of("sector", Sector), OpArgument.Of("sectors", Sectors)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications() => OpShrink.Range(Sector, Sectors, (s, n) => new ReadOp(s, n));
}

/// <summary>Block write of whole sectors; the bytes come from <see cref="SeededBytes"/>.</summary>
public sealed record WriteOp(long Sector, long Sectors, int Seed) : DeviceOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() =>
        [OpArgument.Of("sector", Sector), OpArgument.Of("sectors", Sectors), OpArgument.Of("seed", Seed)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications() =>
        OpShrink.Range(Sector, Sectors, (s, n) => new WriteOp(s, n, Seed)).Concat(Seed == 0 ? [] : [this with { Seed = 0 }]);
}

/// <summary>REQ_OP_DISCARD of a sector range.</summary>
public sealed record DiscardOp(long Sector, long Sectors) : DeviceOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [OpArgument.Of("sector", Sector), OpArgument.Of("sectors", Sectors)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications() => OpShrink.Range(Sector, Sectors, (s, n) => new DiscardOp(s, n));
}

/// <summary>REQ_PREFLUSH.</summary>
public sealed record FlushOp : DeviceOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [];
}

/// <summary>Write every sector once with its current contents (the seed-003 "prepopulate" advice).</summary>
public sealed record PopulateOp : DeviceOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [];
}
