using PmemSpec.Kernel;

namespace PmemSpec.Conformance.Mutants.Device;

/// <summary>The device memory a linear driver (pmem, dcssblk) registered, so a mutant can address it as the driver does.</summary>
internal static class LinearMemory
{
    /// <summary>The pagemap registered under a disk's name.</summary>
    public static DevicePagemap Of(SimulatedKernel kernel, string diskName) => kernel.Pages.Pagemaps.First(p => p.Owner == diskName);
}
