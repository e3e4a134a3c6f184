namespace PmemSpec.Dax;

/// <summary>A successful bdev_direct_access in bytes (eras A and B).</summary>
/// <param name="Bytes">Bytes contiguously addressable from <see cref="Kaddr"/>.</param>
/// <param name="Kaddr">Kernel address of the first byte.</param>
/// <param name="Pfn">pfn (with flags from v4.5) of the first page.</param>
public readonly record struct SectorDirectAccessResult(long Bytes, KernelAddress Kaddr, PfnT Pfn)
{
    /// <inheritdoc />
    public override string ToString() => $"bytes={Bytes} kaddr={Kaddr} {Pfn}";
}
