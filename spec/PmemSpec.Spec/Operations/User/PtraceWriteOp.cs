namespace PmemSpec.Operations.User;

/// <summary>A tracer's PTRACE_POKEDATA (access_remote_vm, FOLL_FORCE|FOLL_WRITE) of seeded bytes into a mapping of process <see cref="Proc"/>.</summary>
/// <param name="Proc">The traced process's label.</param>
/// <param name="Map">The mapping's label.</param>
/// <param name="Page">The page inside the mapping.</param>
/// <param name="Offset">The byte offset inside the page.</param>
/// <param name="Length">Bytes to write (within the page).</param>
/// <param name="Seed">The <see cref="SeededBytes"/> seed of the bytes.</param>
public sealed record PtraceWriteOp(int Proc, int Map, long Page, int Offset, int Length, int Seed) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() =>
        [OpArgument.Of("proc", Proc), OpArgument.Of("map", Map), OpArgument.Of("page", Page), OpArgument.Of("offset", Offset),
            OpArgument.Of("len", Length), OpArgument.Of("seed", Seed)];

    /// <inheritdoc />
    public override IEnumerable<DeviceOp> Simplifications() => OpShrink.InPage(Offset, Length, (o, n) => this with { Offset = o, Length = n });
}
