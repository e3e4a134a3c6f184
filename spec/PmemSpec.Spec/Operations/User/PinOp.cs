namespace PmemSpec.Operations.User;

/// <summary>get_user_pages of <see cref="Pages"/> pages of a mapping from <see cref="Page"/>, short-term or FOLL_LONGTERM, held as pin <see cref="Pin"/> until an Unpin.</summary>
/// <param name="Proc">The process's label.</param>
/// <param name="Map">The mapping's label.</param>
/// <param name="Page">The first page inside the mapping.</param>
/// <param name="Pages">Pages to pin.</param>
/// <param name="Write">FOLL_WRITE.</param>
/// <param name="Pin">The label Unpin names the pin by.</param>
public sealed record PinOp(int Proc, int Map, long Page, long Pages, bool Write, int Pin) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() =>
        [OpArgument.Of("proc", Proc), OpArgument.Of("map", Map), OpArgument.Of("page", Page), OpArgument.Of("pages", Pages),
            Flag("write", Write), OpArgument.Of("pin", Pin)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications() => Pages > 1 ? [this with { Pages = 1 }] : [];
}
