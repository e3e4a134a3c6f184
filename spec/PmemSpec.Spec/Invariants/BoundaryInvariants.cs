namespace PmemSpec.Invariants;

/// <summary>EXC: the plug-in boundary.</summary>
internal static class BoundaryInvariants
{
    public static IEnumerable<Invariant> All() =>
    [
        new("EXC-001", InvariantFamily.EXC, EraRange.All, "A device never throws across the plug-in boundary: expected errors are errnos", "DESIGN.md (errors are an Errno enum in a result type)",
            v => v.Thrown is { } e ? new InvariantFailure("an errno or success", $"threw {e.GetType().Name}: {e.Message}") : null),
    ];
}
