using PmemSpec.Kernel;

namespace PmemSpec.Reference.Tests.Support;

/// <summary>One page allocation as the kernel trace recorded it.</summary>
/// <param name="Pfn">The page handed out.</param>
/// <param name="Gfp">The flags the caller asked with.</param>
internal readonly record struct AllocRecord(ulong Pfn, Gfp Gfp);
