using PmemSpec.Kernel;

namespace Candidates.Faults;

/// <summary>Ends the process in its constructor (kind exit, with no operation needed).</summary>
public sealed class ExitsWhenBuilt : FaultyDriver
{
    public ExitsWhenBuilt(SimulatedKernel kernel, long capacitySectors) : base(kernel, capacitySectors, "gone0") => Environment.Exit(4);

    protected override void Fault()
    {
    }
}
