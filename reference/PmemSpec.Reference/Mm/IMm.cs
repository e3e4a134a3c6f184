using PmemSpec.Kernel;

namespace PmemSpec.Reference.Mm;

/// <summary>The memory manager of one simulated machine: its processes, reverse mappings and memory failures.</summary>
public interface IMm
{
    /// <summary>The machine.</summary>
    SimulatedKernel Kernel { get; }

    /// <summary>The live processes.</summary>
    IReadOnlyList<IProcess> Processes { get; }

    /// <summary>A new process with an empty address space.</summary>
    /// <remarks>Context: process; allocates nothing.</remarks>
    IProcess Spawn(string name);

    /// <summary>
    /// unmap_mapping_range(mapping, 0, 0, even_cows=1): zaps every entry of every VMA that maps the
    /// object, in every process, including private copies; the VMAs stay and re-fault.
    /// </summary>
    /// <remarks>Context: process; may sleep (i_mmap_lock); takes each page-table lock.</remarks>
    void UnmapMapping(IMappable mapping);

    /// <summary>
    /// memory_failure: marks a frame poisoned. With a struct page every user entry of it is zapped
    /// (the next access faults and gets SIGBUS BUS_MCEERR_AR); page-less memory is "outside kernel
    /// control" (-ENXIO) and its entries stay, but consuming the poison still raises SIGBUS (domain §9.3).
    /// </summary>
    /// <remarks>Context: process; may sleep.</remarks>
    Result MemoryFailure(ulong pfn);

    /// <summary>True for a frame marked poisoned.</summary>
    bool IsPoisoned(ulong pfn);
}
