namespace PmemSpec.Conformance.Candidates;

/// <summary>The candidate assembly: a file the user named, or the image compiled from their sources.</summary>
/// <param name="FilePath">The assembly file given as PATH, or null for compiled sources.</param>
/// <param name="Compiled">The compiled image (empty when <paramref name="FilePath"/> is set).</param>
public sealed record CandidateImage(string? FilePath, ReadOnlyMemory<byte> Compiled);
