using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Reference;

/// <summary>The factory for the reference memory manager; its processes, VMAs and page tables are internal.</summary>
public static class ReferenceMm
{
    /// <summary>The mm of a machine, with no processes yet.</summary>
    /// <remarks>Context: process; allocates nothing.</remarks>
    public static IMm Create(SimulatedKernel kernel) => new MemoryManager(kernel);
}
