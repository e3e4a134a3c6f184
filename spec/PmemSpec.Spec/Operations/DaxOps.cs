namespace PmemSpec.Operations;

/// <summary>direct_access of <see cref="Pages"/> pages at a partition-relative page offset, from a context.</summary>
public sealed record DirectAccessOp(long Pgoff, long Pages, CallContext Ctx = CallContext.Process,
    Dax.DaxAccessMode Mode = Dax.DaxAccessMode.Access) : DeviceOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments()
    {
        yield return OpArgument.Of("pgoff", Pgoff);
        yield return OpArgument.Of("pages", Pages);
        yield return new("ctx", Ctx.ToString());
        if (Mode != Dax.DaxAccessMode.Access) yield return new("mode", Mode.ToString());
    }

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications()
    {
        if (Ctx != CallContext.Process) yield return this with { Ctx = CallContext.Process };
        if (Mode != Dax.DaxAccessMode.Access) yield return this with { Mode = Dax.DaxAccessMode.Access };
        if (Pages > 1) yield return this with { Pages = 1 };
        if (Pgoff > 0) yield return this with { Pgoff = 0 };
        if (Pgoff > 1) yield return this with { Pgoff = Pgoff / 2 };
    }
}

/// <summary>A store of seeded bytes at the kernel address a previous direct_access returned for a page.</summary>
public sealed record StoreViaDaxOp(long Pgoff, int Offset, int Length, int Seed) : DeviceOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() =>
        [OpArgument.Of("pgoff", Pgoff), OpArgument.Of("offset", Offset), OpArgument.Of("len", Length), OpArgument.Of("seed", Seed)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications() => OpShrink.InPage(Offset, Length, (o, n) => this with { Offset = o, Length = n });
}

/// <summary>A load from the kernel address a previous direct_access returned for a page.</summary>
public sealed record LoadViaDaxOp(long Pgoff, int Offset, int Length) : DeviceOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() =>
        [OpArgument.Of("pgoff", Pgoff), OpArgument.Of("offset", Offset), OpArgument.Of("len", Length)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications() => OpShrink.InPage(Offset, Length, (o, n) => this with { Offset = o, Length = n });
}
