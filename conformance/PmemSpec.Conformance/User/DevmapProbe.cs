using PmemSpec.Block;
using PmemSpec.Dax;
using PmemSpec.Kernel;

namespace PmemSpec.Conformance.User;

/// <summary>
/// Whether a driver's raw-DAX entries will be devmap: the pfn direct_access returns for page 0 is
/// PFN_DEV|PFN_MAP (pfn_t_devmap, what dax_insert_mapping tests). The user model takes this as a
/// fact of the configuration; a driver that answers otherwise for other pages breaks the invariants.
/// </summary>
internal static class DevmapProbe
{
    /// <summary>Builds the driver once in v4.6 and asks; false when it cannot be built or direct_access fails (a special entry, or no entry at all).</summary>
    /// <remarks>Context: process; runs candidate code (call it in the worker, never in the kit's process).</remarks>
    public static bool Of(Func<SimulatedKernel, IDaxDevice> create)
    {
        try
        {
            var kernel = new SimulatedKernel(Era.V4_6);
            var access = new DaxHandle(kernel, Partition.Whole(create(kernel))).DirectAccess(0, 1);
            return access.IsOk && access.Value.Pfn.IsDevmap;
        }
#pragma warning disable CA1031 // Do not catch general exception types — a throwing driver is reported by the set-up probe (EXC-101).
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
