namespace PmemSpec.Kernel;

/// <summary>The shape of the simulated machine. Memory is sparse, so large sizes cost nothing until touched.</summary>
/// <param name="Era">The kernel release whose rules drivers and wrappers follow.</param>
/// <param name="RamPages">Pages of system RAM the page allocator manages.</param>
/// <param name="LowmemPages">How many of those have a permanent kernel address; the rest are highmem.</param>
public sealed record KernelConfig(Era Era = EraRules.Default, long RamPages = 1L << 20, long LowmemPages = 1L << 18)
{
    /// <summary>First RAM pfn (the first MiB is left out, as on x86).</summary>
    public const ulong RamBasePfn = 0x100;

    /// <summary>First pfn handed to device memory (4 TiB up, well above RAM).</summary>
    public const ulong DeviceBasePfn = 1UL << 30;

    /// <summary>The default machine in the default era.</summary>
    public static KernelConfig Default { get; } = new();
}
