namespace PmemSpec.Operations.User;

/// <summary>fork of process <see cref="Proc"/>; the child is labelled <see cref="Child"/> and inherits every mapping under its label.</summary>
/// <param name="Proc">The parent's label.</param>
/// <param name="Child">The child's label.</param>
public sealed record ForkOp(int Proc, int Child) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [OpArgument.Of("proc", Proc), OpArgument.Of("child", Child)];
}
