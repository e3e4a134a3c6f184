namespace PmemSpec.Reference.Mm;

/// <summary>A snapshot of one VMA, as /proc/PID/maps would show it.</summary>
/// <param name="Start">First address.</param>
/// <param name="Pages">Length in pages.</param>
/// <param name="Prot">Protection.</param>
/// <param name="Shared">MAP_SHARED rather than MAP_PRIVATE.</param>
/// <param name="Mapping">The mapped object's name, or null for anonymous memory.</param>
/// <param name="Pgoff">The page offset in the object of the first page.</param>
public sealed record VmaInfo(UserAddress Start, long Pages, Protection Prot, bool Shared, string? Mapping, long Pgoff);
