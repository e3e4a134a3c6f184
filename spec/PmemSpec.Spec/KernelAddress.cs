using System.Globalization;

namespace PmemSpec;

/// <summary>A kernel virtual address in the simulated machine; <see cref="Null"/> means none.</summary>
public readonly record struct KernelAddress(ulong Value)
{
    /// <summary>The NULL address.</summary>
    public static KernelAddress Null => default;

    /// <summary>True for NULL.</summary>
    public bool IsNull => Value == 0;

    /// <summary>Address arithmetic.</summary>
    public static KernelAddress operator +(KernelAddress address, long bytes) => new(address.Value + (ulong)bytes);

    /// <summary>Address arithmetic, named.</summary>
    public KernelAddress Add(long bytes) => this + bytes;

    /// <inheritdoc />
    public override string ToString() => "0x" + Value.ToString("x", CultureInfo.InvariantCulture);
}
