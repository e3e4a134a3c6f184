namespace PmemSpec.Operations;

/// <summary>A named argument of an operation as printed: <c>sector=8</c>.</summary>
public readonly record struct OpArgument(string Name, string Value)
{
    /// <summary>A numeric argument.</summary>
    public static OpArgument Of(string name, long value) => new(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public override string ToString() => $"{Name}={Value}";
}
