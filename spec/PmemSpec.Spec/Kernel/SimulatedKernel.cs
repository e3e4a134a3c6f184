namespace PmemSpec.Kernel;

/// <summary>
/// The simulated kernel: the only way a driver touches memory, allocates, sleeps or learns its
/// context. One instance is one machine; nothing is shared between instances.
/// </summary>
public sealed class SimulatedKernel
{
    /// <summary>A machine with the given shape (default: <see cref="KernelConfig.Default"/>).</summary>
    public SimulatedKernel(KernelConfig? config = null)
    {
        Config = config ?? KernelConfig.Default;
        Trace = new EventTrace();
        Violations = new ViolationLog(Trace);
        Context = new KernelContext(Trace, Violations);
        Pages = new PageRegistry(Config, Trace, Violations);
        Physical = new PhysicalMemory(Pages);
        Memory = new KernelAddressSpace(Pages, Physical, Context, Violations);
        Allocator = new PageAllocator(Config, Pages, Physical, Context, Trace, Violations);
        DeviceMemory = new DeviceMemory(Pages, Context, Trace);
        Badblocks = new Badblocks(Trace);
    }

    /// <summary>A machine of the default shape in the given era.</summary>
    public SimulatedKernel(Era era) : this(KernelConfig.Default with { Era = era }) { }

    /// <summary>The machine's shape.</summary>
    public KernelConfig Config { get; }

    /// <summary>The kernel release whose rules apply.</summary>
    public Era Era => Config.Era;

    /// <summary>The event trace.</summary>
    public EventTrace Trace { get; }

    /// <summary>Rules broken so far.</summary>
    public ViolationLog Violations { get; }

    /// <summary>Execution context and might_sleep().</summary>
    public KernelContext Context { get; }

    /// <summary>Which pfns exist and have struct pages; references and pins.</summary>
    public PageRegistry Pages { get; }

    /// <summary>The bytes behind every pfn (the kit's unchecked view).</summary>
    public PhysicalMemory Physical { get; }

    /// <summary>Checked access through kernel addresses; kmap.</summary>
    public KernelAddressSpace Memory { get; }

    /// <summary>The page allocator.</summary>
    public PageAllocator Allocator { get; }

    /// <summary>Device memory registration and removal.</summary>
    public DeviceMemory DeviceMemory { get; }

    /// <summary>Media errors per disk.</summary>
    public Badblocks Badblocks { get; }
}
