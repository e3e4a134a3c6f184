namespace PmemSpec.Invariants;

/// <summary>Small helpers the invariant checks share.</summary>
internal static class Checks
{
    public static InvariantFailure Fail(string expected, string actual) => new(expected, actual);

    // Builds both messages even when the rule holds: on hot paths write `holds ? null : Fail(...)`.
    public static InvariantFailure? Expect(bool holds, string expected, string actual) => holds ? null : new(expected, actual);

    public static string Text(Errno e) => e == Errno.None ? "success" : ErrnoText.Of(e);
}
