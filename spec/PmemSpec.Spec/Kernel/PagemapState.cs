namespace PmemSpec.Kernel;

/// <summary>The life of a device memory registration.</summary>
public enum PagemapState
{
    /// <summary>Registered; references may be taken.</summary>
    Live,
    /// <summary>Removal started (percpu_ref_kill); waiting for outstanding references.</summary>
    Dying,
    /// <summary>Removed; the memory is gone.</summary>
    Removed,
}
