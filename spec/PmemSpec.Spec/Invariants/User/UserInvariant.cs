namespace PmemSpec.Invariants.User;

/// <summary>
/// A user-level rule: its catalogue entry (ID, family, eras, statement, source — what reports cite,
/// so counterexamples and reports are the device ones) and its check over a user step.
/// </summary>
/// <param name="Rule">The entry; its device-step check never fires (user rules say nothing about device-only runs).</param>
/// <param name="Check">Null when the step keeps the rule, else how it broke it.</param>
public sealed record UserInvariant(Invariant Rule, Func<UserStepView, InvariantFailure?> Check)
{
    /// <summary>Checked after the model moved past the step (it compares the machine with the model's new state), not before.</summary>
    public bool AfterStep { get; init; }

    /// <summary>The stable ID.</summary>
    public string Id => Rule.Id;

    /// <summary>A rule from its parts.</summary>
    public static UserInvariant Of(string id, InvariantFamily family, EraRange eras, string statement, string source,
        Func<UserStepView, InvariantFailure?> check) => new(new Invariant(id, family, eras, statement, source, _ => null), check);

    /// <inheritdoc />
    public override string ToString() => Rule.ToString();
}
