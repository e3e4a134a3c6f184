namespace PmemSpec.Conformance.TestAssets;

/// <summary>The deviations the fixtures declare, as an implementer's subclass would.</summary>
public static class Deviations
{
    public const string DeclaredId = "FIX-001";

    public const string Reason = "the fixture declares it";

    public static readonly IReadOnlyDictionary<string, string> Declared =
        new Dictionary<string, string> { [DeclaredId] = Reason };
}
