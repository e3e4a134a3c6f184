namespace PmemSpec.Invariants;

/// <summary>One rule of the catalogue: a stable ID, family, eras, one-line statement, source, and its check.</summary>
/// <param name="Id">Stable ID cited by reports and tests (<c>DAXARG-001</c>).</param>
/// <param name="Family">The family.</param>
/// <param name="Eras">The eras it holds in.</param>
/// <param name="Statement">The rule in one line.</param>
/// <param name="Source">Where it comes from (domain section, kernel function, seed).</param>
/// <param name="Check">Null when the step keeps the rule, else how it broke it.</param>
public sealed record Invariant(string Id, InvariantFamily Family, EraRange Eras, string Statement, string Source,
    Func<StepView, InvariantFailure?> Check)
{
    /// <summary>True when the rule applies in the era.</summary>
    public bool HoldsIn(Era era) => Eras.Contains(era);

    /// <inheritdoc />
    public override string ToString() => $"{Id} [{Family}, {Eras}] {Statement} ({Source})";
}
