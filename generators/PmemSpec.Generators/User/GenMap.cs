namespace PmemSpec.Generators.User;

/// <summary>A mapping the generator believes exists: its device pages and protection.</summary>
/// <param name="Pgoff">First device page.</param>
/// <param name="Pages">Length in pages.</param>
/// <param name="Shared">MAP_SHARED.</param>
/// <param name="Writable">PROT_WRITE.</param>
internal sealed record GenMap(long Pgoff, long Pages, bool Shared, bool Writable);
