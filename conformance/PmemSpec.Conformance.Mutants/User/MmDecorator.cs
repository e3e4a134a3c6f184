using PmemSpec.Kernel;
using PmemSpec.Reference.Mm;

namespace PmemSpec.Conformance.Mutants.User;

/// <summary>An mm that forwards to the reference one and wraps the processes it spawns; mutants override one member.</summary>
internal class MmDecorator(IMm inner, Func<IProcess, IProcess>? wrap = null) : IMm
{
    public SimulatedKernel Kernel => inner.Kernel;

    public IReadOnlyList<IProcess> Processes => inner.Processes;

    public IProcess Spawn(string name) => wrap is null ? inner.Spawn(name) : wrap(inner.Spawn(name));

    public virtual void UnmapMapping(IMappable mapping) => inner.UnmapMapping(mapping);

    public virtual Result MemoryFailure(ulong pfn) => inner.MemoryFailure(pfn);

    public bool IsPoisoned(ulong pfn) => inner.IsPoisoned(pfn);
}
