namespace PmemSpec.Model.User;

/// <summary>What a user step returned, as the model and the invariants read it.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Error">The errno when <see cref="Kind"/> is <see cref="UserResultKind.Errno"/>.</param>
/// <param name="Bytes">Bytes a load, ptrace read or block read returned.</param>
/// <param name="Pfns">Frames a pin holds.</param>
/// <param name="Mceerr">The SIGBUS carried BUS_MCEERR_AR (poison consumed).</param>
public sealed record UserOutcome(UserResultKind Kind, Errno Error = Errno.None, byte[]? Bytes = null,
    IReadOnlyList<ulong>? Pfns = null, bool Mceerr = false)
{
    /// <summary>A success without data.</summary>
    public static UserOutcome Ok { get; } = new(UserResultKind.Ok);

    /// <summary>True on success.</summary>
    public bool IsOk => Kind == UserResultKind.Ok;

    /// <summary>A success or an errno, from a kernel result.</summary>
    public static UserOutcome Of(Result result) => result.IsOk ? Ok : new(UserResultKind.Errno, result.Error);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        UserResultKind.Ok => Pfns is { Count: > 0 } p ? $"ok ({p.Count} pinned)" : "ok",
        UserResultKind.Errno => ErrnoText.Of(Error),
        UserResultKind.Sigbus => Mceerr ? "SIGBUS (BUS_MCEERR_AR)" : "SIGBUS",
        _ => Kind.ToString().ToUpperInvariant(),
    };
}
