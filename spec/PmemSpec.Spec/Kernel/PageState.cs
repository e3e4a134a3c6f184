namespace PmemSpec.Kernel;

/// <summary>The state of a pfn as the page registry sees it.</summary>
public enum PageState
{
    /// <summary>No memory at this pfn.</summary>
    Invalid,
    /// <summary>A RAM page the allocator holds free.</summary>
    Free,
    /// <summary>A RAM page handed out by the allocator.</summary>
    Allocated,
    /// <summary>Device memory whose pagemap is live.</summary>
    DeviceLive,
    /// <summary>Device memory whose removal started: no new references.</summary>
    DeviceDying,
    /// <summary>Device memory that was removed.</summary>
    DeviceRemoved,
}
