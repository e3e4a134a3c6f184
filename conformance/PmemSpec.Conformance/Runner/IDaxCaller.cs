using PmemSpec.Dax;

namespace PmemSpec.Conformance.Runner;

/// <summary>
/// The caller side of direct_access the runner goes through: by default the spec's
/// <see cref="DaxHandle"/> (the kernel's wrapper for the era); a mutant wrapper replaces it.
/// </summary>
public interface IDaxCaller
{
    /// <summary>direct_access in pages at a partition-relative pgoff.</summary>
    Result<DirectAccessResult> DirectAccess(long pgoff, long nrPages, DaxAccessMode mode);

    /// <summary>Removes the device (kill_dax).</summary>
    void Kill();
}
