namespace PmemSpec.Conformance.Candidates;

/// <summary>
/// What <see cref="CandidateSource.Load"/> found: the plug-in types and the assembly that holds
/// them, or the errors that stop the check (each a line for people, compile errors as
/// <c>file(line,col): error CSxxxx: message</c>).
/// </summary>
/// <param name="Errors">Why nothing can be checked; empty on success.</param>
/// <param name="Candidates">The plug-in types, in declaration-name order.</param>
/// <param name="Image">The assembly, or null when loading failed.</param>
public sealed record CandidateLoad(IReadOnlyList<string> Errors, IReadOnlyList<CandidateType> Candidates, CandidateImage? Image)
{
    /// <summary>True when there are candidates to check.</summary>
    public bool Succeeded => Errors.Count == 0;

    internal static CandidateLoad Fail(params IReadOnlyList<string> errors) => new(errors, [], null);
}
