namespace PmemSpec.Operations.User;

/// <summary>A long-term pin (FOLL_LONGTERM, as RDMA registration takes) of one page of a mapping, held as pin <see cref="Pin"/> until an Unpin.</summary>
/// <param name="Proc">The process's label.</param>
/// <param name="Map">The mapping's label.</param>
/// <param name="Page">The page inside the mapping.</param>
/// <param name="Pin">The label Unpin names the pin by.</param>
public sealed record LongtermPinOp(int Proc, int Map, long Page, int Pin) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() =>
        [OpArgument.Of("proc", Proc), OpArgument.Of("map", Map), OpArgument.Of("page", Page), OpArgument.Of("pin", Pin)];
}
