namespace PmemSpec.Operations.User;

/// <summary>msync(MS_SYNC) of a whole mapping: on the raw device, blkdev_fsync, a flush of the disk.</summary>
/// <param name="Proc">The process's label.</param>
/// <param name="Map">The mapping's label.</param>
public sealed record MsyncOp(int Proc, int Map) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [OpArgument.Of("proc", Proc), OpArgument.Of("map", Map)];
}
