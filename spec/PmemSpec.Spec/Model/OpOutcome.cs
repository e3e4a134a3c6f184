using PmemSpec.Dax;

namespace PmemSpec.Model;

/// <summary>What one operation returned: an errno, plus the bytes read or the direct_access result.</summary>
/// <param name="Error">The errno, <see cref="Errno.None"/> on success.</param>
/// <param name="Data">Bytes read (Read, LoadViaDax).</param>
/// <param name="Dax">The direct_access result on success.</param>
public sealed record OpOutcome(Errno Error, byte[]? Data = null, DirectAccessResult? Dax = null)
{
    /// <summary>Success with nothing to return.</summary>
    public static OpOutcome Ok { get; } = new(Errno.None);

    /// <summary>True on success.</summary>
    public bool IsOk => Error == Errno.None;

    /// <inheritdoc />
    public override string ToString() => !IsOk ? ErrnoText.Of(Error) : Dax is { } d ? d.ToString() : Data is { } b ? $"0 ({b.Length} bytes)" : "0";
}
