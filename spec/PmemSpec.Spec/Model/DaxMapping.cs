namespace PmemSpec.Model;

/// <summary>What a successful direct_access established for one page: its kernel address and pfn.</summary>
/// <param name="Kaddr">Kernel address of the page.</param>
/// <param name="Pfn">pfn_t of the page.</param>
public readonly record struct DaxMapping(KernelAddress Kaddr, PfnT Pfn);
