namespace PmemSpec.Dax;

/// <summary>A successful direct_access in pages (era C): how many pages are addressable from <see cref="Kaddr"/>.</summary>
/// <param name="Pages">Contiguous pages available (the driver may return more than asked; the core clamps).</param>
/// <param name="Kaddr">Kernel address of the first page.</param>
/// <param name="Pfn">pfn_t of the first page.</param>
public readonly record struct DirectAccessResult(long Pages, KernelAddress Kaddr, PfnT Pfn)
{
    /// <inheritdoc />
    public override string ToString() => $"pages={Pages} kaddr={Kaddr} {Pfn}";
}
