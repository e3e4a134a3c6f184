namespace PmemSpec.Operations.User;

/// <summary>O_DIRECT pread of one page of another disk, from its page <see cref="OtherPage"/>, into page <see cref="Page"/> of a mapping (the buffer).</summary>
/// <param name="Proc">The process's label.</param>
/// <param name="Map">The mapping's label.</param>
/// <param name="Page">The buffer's page inside the mapping.</param>
/// <param name="OtherPage">The page of the other disk read.</param>
public sealed record DirectIoReadOp(int Proc, int Map, long Page, long OtherPage) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() =>
        [OpArgument.Of("proc", Proc), OpArgument.Of("map", Map), OpArgument.Of("page", Page), OpArgument.Of("other", OtherPage)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications() => OtherPage > 0 ? [this with { OtherPage = 0 }] : [];
}
