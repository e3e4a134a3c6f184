namespace PmemSpec.Operations.User;

/// <summary>memory_failure on the frame behind device page <see cref="Pgoff"/> (a consumed media error, MADV_HWPOISON).</summary>
/// <param name="Pgoff">The device page.</param>
public sealed record PoisonOp(long Pgoff) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [OpArgument.Of("pgoff", Pgoff)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications() => Pgoff > 0 ? [this with { Pgoff = 0 }] : [];
}
