using PmemSpec.Kernel;

namespace PmemSpec.Reference.Mm;

/// <summary>The mm of one machine: processes, the anonymous pages, reverse mapping by object, poison.</summary>
internal sealed class MemoryManager : IMm
{
    private readonly List<Process> processes = [];
    private readonly HashSet<ulong> poisoned = [];

    public MemoryManager(SimulatedKernel kernel)
    {
        Kernel = kernel;
        Anon = new AnonPages(kernel);
    }

    public SimulatedKernel Kernel { get; }

    public AnonPages Anon { get; }

    public IReadOnlyList<IProcess> Processes => processes;

    public IProcess Spawn(string name) => Adopt(new Process(this, name));

    public Process Adopt(Process process)
    {
        processes.Add(process);
        return process;
    }

    public void Forget(Process process) => processes.Remove(process);

    public void UnmapMapping(IMappable mapping)
    {
        Kernel.Context.MightSleep($"unmap_mapping_range({mapping.Name}): i_mmap_lock_write");
        foreach (var process in processes.ToList())
            foreach (var vma in process.Areas.Where(v => ReferenceEquals(v.Mapping, mapping)).ToList())
                process.Zap(vma.StartVpn, vma.EndVpn);
    }

    public Result MemoryFailure(ulong pfn)
    {
        Kernel.Context.MightSleep($"memory_failure(0x{pfn:x})");
        poisoned.Add(pfn);
        Kernel.Trace.Record(KernelEventKind.Badblock, $"pfn=0x{pfn:x} hwpoison");
        if (!Kernel.Pages.HasStructPage(pfn)) return Errno.ENXIO;
        foreach (var process in processes.ToList())
            process.Zap(0, ulong.MaxValue, (_, pte) => pte.Pfn == pfn);
        return Result.Ok;
    }

    public bool IsPoisoned(ulong pfn) => poisoned.Contains(pfn);
}
