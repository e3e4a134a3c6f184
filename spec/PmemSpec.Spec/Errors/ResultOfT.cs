namespace PmemSpec;

/// <summary>The outcome of a kernel call: a value, or an <see cref="Errno"/> (never both).</summary>
/// <typeparam name="T">The value a successful call returns.</typeparam>
public readonly struct Result<T> : IEquatable<Result<T>>
{
    private readonly T? value;

    private Result(T? value, Errno error)
    {
        this.value = value;
        Error = error;
    }

    /// <summary>The error, or <see cref="Errno.None"/> on success.</summary>
    public Errno Error { get; }

    /// <summary>True when the call succeeded.</summary>
    public bool IsOk => Error == Errno.None;

    /// <summary>The value of a successful call; reading it from a failure is a bug in the caller.</summary>
    public T Value => IsOk ? value! : throw new InvalidOperationException($"result is {ErrnoText.Of(Error)}, not a value");

    /// <summary>A successful result.</summary>
    public static Result<T> Ok(T value) => new(value, Errno.None);

    /// <summary>A failed result; <paramref name="error"/> must not be <see cref="Errno.None"/>.</summary>
    public static Result<T> Fail(Errno error) =>
        error == Errno.None ? throw new ArgumentException("a failure needs an errno", nameof(error)) : new(default, error);

    /// <summary>Wraps a value.</summary>
    public static implicit operator Result<T>(T value) => Ok(value);

    /// <summary>Wraps an error.</summary>
    public static implicit operator Result<T>(Errno error) => Fail(error);

    /// <summary>Equality by error and value.</summary>
    public static bool operator ==(Result<T> left, Result<T> right) => left.Equals(right);

    /// <summary>Inequality by error or value.</summary>
    public static bool operator !=(Result<T> left, Result<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Result<T> other) => Error == other.Error && EqualityComparer<T?>.Default.Equals(value, other.value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Result<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Error, value);

    /// <inheritdoc />
    public override string ToString() => IsOk ? $"{value}" : ErrnoText.Of(Error);
}
