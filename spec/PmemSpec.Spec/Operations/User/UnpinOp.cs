namespace PmemSpec.Operations.User;

/// <summary>Releases pin <see cref="Pin"/> (unpin_user_pages).</summary>
/// <param name="Pin">The pin's label.</param>
public sealed record UnpinOp(int Pin) : UserOp
{
    /// <inheritdoc />
    public override IEnumerable<OpArgument> Arguments() => [OpArgument.Of("pin", Pin)];
}
