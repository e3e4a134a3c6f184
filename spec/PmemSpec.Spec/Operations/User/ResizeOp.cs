namespace PmemSpec.Operations.User;

/// <summary>A partition grow or shrink of the raw DAX device to <see cref="Pages"/> pages (BLKPG_RESIZE_PARTITION).</summary>
/// <param name="Pages">The new length in pages.</param>
public sealed record ResizeOp(long Pages) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [OpArgument.Of("pages", Pages)];
}
