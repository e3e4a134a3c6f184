using System.Globalization;

namespace PmemSpec;

/// <summary>Renders errnos the way the kernel prints them: <c>-EINVAL</c>, or <c>-4096</c> for an echoed size.</summary>
public static class ErrnoText
{
    /// <summary>The kernel-style negative text of an errno.</summary>
    public static string Of(Errno error) =>
        Enum.IsDefined(error) ? "-" + error.ToString() : (-(long)error).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The errno that carries an echoed negative count (the kernel returns the negative value
    /// itself). Values below <see cref="int.MinValue"/> saturate, which no generator produces.
    /// </summary>
    public static Errno Echo(long negative) =>
        negative >= 0 ? throw new ArgumentOutOfRangeException(nameof(negative), "only negative values are echoed")
        : (Errno)(int)-Math.Max(negative, -(long)int.MaxValue);
}
