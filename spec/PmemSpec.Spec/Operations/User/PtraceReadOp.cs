namespace PmemSpec.Operations.User;

/// <summary>A tracer's PTRACE_PEEKDATA (access_remote_vm) of bytes in a mapping of process <see cref="Proc"/>.</summary>
/// <param name="Proc">The traced process's label.</param>
/// <param name="Map">The mapping's label.</param>
/// <param name="Page">The page inside the mapping.</param>
/// <param name="Offset">The byte offset inside the page.</param>
/// <param name="Length">Bytes to read (within the page).</param>
public sealed record PtraceReadOp(int Proc, int Map, long Page, int Offset, int Length) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() =>
        [OpArgument.Of("proc", Proc), OpArgument.Of("map", Map), OpArgument.Of("page", Page), OpArgument.Of("offset", Offset), OpArgument.Of("len", Length)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications() => OpShrink.InPage(Offset, Length, (o, n) => this with { Offset = o, Length = n });
}
