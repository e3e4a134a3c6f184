namespace PmemSpec.Operations.User;

/// <summary>A user load of <see cref="Length"/> bytes at <see cref="Offset"/> of page <see cref="Page"/> of a mapping.</summary>
/// <param name="Proc">The process's label.</param>
/// <param name="Map">The mapping's label.</param>
/// <param name="Page">The page inside the mapping.</param>
/// <param name="Offset">The byte offset inside the page.</param>
/// <param name="Length">Bytes to load (within the page).</param>
public sealed record LoadOp(int Proc, int Map, long Page, int Offset, int Length) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() =>
        [OpArgument.Of("proc", Proc), OpArgument.Of("map", Map), OpArgument.Of("page", Page), OpArgument.Of("offset", Offset), OpArgument.Of("len", Length)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications() => OpShrink.InPage(Offset, Length, (o, n) => this with { Offset = o, Length = n });
}
