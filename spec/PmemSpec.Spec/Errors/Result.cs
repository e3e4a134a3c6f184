namespace PmemSpec;

/// <summary>The outcome of a kernel call with no value: success or an <see cref="Errno"/>.</summary>
public readonly record struct Result(Errno Error)
{
    /// <summary>Success.</summary>
    public static Result Ok => default;

    /// <summary>True when no error was returned.</summary>
    public bool IsOk => Error == Errno.None;

    /// <summary>A failed result.</summary>
    public static implicit operator Result(Errno error) => new(error);

    /// <inheritdoc />
    public override string ToString() => IsOk ? "0" : ErrnoText.Of(Error);
}
