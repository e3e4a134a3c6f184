namespace PmemSpec.Operations;

/// <summary>
/// One step of a device operation sequence. Its text form reads like a trace line and parses back
/// with <see cref="DeviceOpParser"/>: <c>Write(sector=8, sectors=8, seed=3)</c>.
/// </summary>
public abstract record DeviceOp
{
    /// <summary>The operation's name as it appears in traces.</summary>
    public string Name => GetType().Name.EndsWith("Op", StringComparison.Ordinal) ? GetType().Name[..^2] : GetType().Name;

    /// <summary>The arguments in the order they are printed.</summary>
    public abstract IEnumerable<OpArgument> Arguments();

    /// <summary>Smaller variants of this operation, simplest first (for shrinking).</summary>
    public virtual IEnumerable<DeviceOp> Simplifications() => [];

    /// <inheritdoc />
    public sealed override string ToString() => $"{Name}({string.Join(", ", Arguments())})";
}
