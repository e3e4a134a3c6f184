namespace PmemSpec.Operations.User;

/// <summary>munmap of the whole mapping <see cref="Map"/> of process <see cref="Proc"/>.</summary>
/// <param name="Proc">The process's label.</param>
/// <param name="Map">The mapping's label.</param>
public sealed record MunmapOp(int Proc, int Map) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [OpArgument.Of("proc", Proc), OpArgument.Of("map", Map)];
}
